"""The ``kg_relations`` component: run the relation rules over every sentence and merge what they find."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span

from kg.nlp.extensions import register_extensions, set_entities, set_relations
from kg.nlp.lexicon import Lexicon
from kg.nlp.saved import SavedData
from kg.nlp.tokens import positions
from kg.nlp.relations.carry import carry_references
from kg.nlp.relations.carry_rules import (bare_member_rule, carried_subject_rule, head_title_rule,
                                          referred_title_rule)
from kg.nlp.relations.commerce3 import (agreed_to_be_bought_rule, borrowed_from_rule, funded_thing_rule,
                                        funded_with_rule, granted_money_rule, money_into_country_rule, round_led_rule,
                                        share_held_rule, share_supplied_rule, taken_over_rule)
from kg.nlp.relations.commerce4 import (bought_from_site_rule, counted_as_rule, deal_partner_rule, goods_into_rule,
                                        handed_over_rule, imports_of_rule, made_for_owner_rule,
                                        national_counterparts_rule, powers_rule, relied_on_rule,
                                        supplied_thing_rule, supplier_of_goods_rule, used_by_rule)
from kg.nlp.relations.commerce import (awarded_contract_rule, bought_product_rule, contract_supply_rule,
                                       invested_country_rule, lent_with_rule, sold_stake_rule, supplied_by_rule,
                                       taken_delivery_rule)
from kg.nlp.relations.curbs3 import (chair_rule, counted_relative_rule, curbed_flow_rule, joined_measure_rule,
                                     led_body_rule, measure_target_rule, must_not_use_rule, ordered_blocked_rule,
                                     part_of_body_rule)
from kg.nlp.relations.curbs3b import (blocked_access_rule, bloc_list_rule, fronted_passive_rule,
                                      implicit_target_rule)
from kg.nlp.relations.curbs import (banned_export_rule, curb_destination_rule, measure_relative_rule,
                                    ordered_to_stop_rule)
from kg.nlp.relations.context import Candidate, DocContext
from kg.nlp.relations.index import TRIGGERS
from kg.nlp.relations.merge import merge_candidates
from kg.nlp.relations.pair_refs import resolve_pair_descriptions
from kg.nlp.relations.r10invest import (centre_built_rule, counted_among_rule, funding_for_owned_rule,
                                       given_stake_rule, investment_by_rule, investors_listed_rule,
                                       partner_in_rule, plant_in_place_rule, round_taken_part_rule,
                                       vehicle_purpose_rule)
from kg.nlp.relations.r10invest2 import amount_invested_in_rule, joint_fund_rule
from kg.nlp.relations.r11supb import ordered_reference_rule
from kg.nlp.relations.r11supb_roles import operator_of_maker_rule
from kg.nlp.relations.r9commerce import among_them_rule, chosen_described_supplier_rule, contract_for_goods_rule
from kg.nlp.relations.r10supply import (chosen_name_supplier_rule, contract_for_delivery_rule, counted_customer_rule,
                                        facility_recipient_rule, goods_to_recipient_rule, got_from_rule,
                                        maker_of_used_goods_rule, named_maker_goods_rule, named_party_rule)
from kg.nlp.relations.r11supa2 import (chosen_goods_rule, for_owned_thing_rule, goods_used_by_rule,
                                       revenue_source_rule, signed_customer_rule)
from kg.nlp.relations.r11supa import (bought_goods_rule, customer_for_goods_rule, example_recipients_rule,
                                      given_goods_rule, holder_deal_to_supply_rule,
                                      fleet_rule, goods_made_for_rule, named_contract_rule, order_with_maker_rule,
                                      supplier_of_rule, used_goods_rule, used_in_product_rule)
from kg.nlp.relations.r10supply_goods import (come_from_rule, market_rule, named_product_rule,
                                              passive_goods_flow_rule, sent_goods_rule)
from kg.nlp.relations.descriptors import (descriptor_based_rule, located_rule, participle_rule,
                                          technology_descriptor_rule)
from kg.nlp.relations.events import (adopted_product_rule, ban_use_rule, blocked_deal_rule, built_for_user_rule,
                                      chosen_supplier_rule, control_rule, plant_rule, rivalry_rule, structure_role_rule)
from kg.nlp.relations.carried_measures import carried_measure_rule
from kg.nlp.relations.halts import halted_flow_rule
from kg.nlp.relations.heads import (as_title_rule, leads_part_rule, led_by_rule, portfolio_rule,
                                     title_clause_rule)
from kg.nlp.relations.joint import joint_rule
from kg.nlp.relations.coop import (agreed_terms_rule, campaign_rivalry_rule, cooperation_agreement_rule,
                                   coordinated_action_rule, join_in_rule, jointly_held_rule, licence_rule,
                                   pairing_rule, plural_relative_rule, reduced_relative_rule, signatories_rule,
                                   talks_about_rule, together_with_rule, venture_apposition_rule)
from kg.nlp.relations.coop2 import (alongside_rule, chosen_partner_rule, deal_purpose_rule, hyphen_pair_rule,
                                    in_cooperation_rule, joint_project_rule, signed_by_speakers_rule,
                                    signed_for_clause_rule, struck_partnership_rule, venture_partners_rule,
                                    working_on_deal_rule)
from kg.nlp.relations.coop3 import founded_together_rule, rival_pressure_rule, signed_relative_rule
from kg.nlp.relations.coop4 import (counterweight_rule, joined_effort_rule, joined_together_rule,
                                    listed_partners_rule, locked_rivalry_rule, named_rivals_rule,
                                    project_partners_rule, project_with_rule, sale_of_rule, talks_between_rule,
                                    under_deal_rule, venture_relative_rule, won_from_rule)
from kg.nlp.relations.coop5 import (agreed_together_rule, build_what_rule, called_partner_rule, closing_gap_rule,
                                    consortium_members_rule, faced_rivals_rule, head_to_head_rule, leaders_deal_rule,
                                    pitted_rule, taking_on_rule, venture_stake_rule)
from kg.nlp.relations.measures import join_measure_rule
from kg.nlp.relations.r9coop import (countering_pact_rule, further_between_rule, recruited_partner_rule,
                                     role_before_name_rule)
from kg.nlp.relations.r10coop import (agreed_deal_rule, co_verb_rule, deal_topic_with_rule, in_concert_rule,
                                      phrasal_with_rule, staff_with_rule, together_on_verb_rule)
from kg.nlp.relations.membership import belong_rule, group_member_rule, join_rule, member_rule, signatory_rule
from kg.nlp.relations.funding import (founding_shareholders_rule, made_available_rule, paired_investors_rule,
                                      venture_founders_rule)
from kg.nlp.relations.obligations import must_rule
from kg.nlp.relations.officials import (bare_speaker_rule, counterpart_rule, employment_rule,
                                        leader_aide_rule, national_title_rule)
from kg.nlp.relations.org3 import (aide_rule, at_instruction_rule, body_of_body_rule, run_by_clause_rule,
                                    title_in_mention_rule, whose_title_rule)
from kg.nlp.relations.origin import origin_rule
from kg.nlp.relations.provision import (importer_rule, made_for_rule, made_to_design_rule, other_half_rule,
                                        runs_on_rule, sold_in_rule, spent_on_rule, worked_on_rule)
from kg.nlp.relations.r9curbs import (cut_off_flow_rule, halted_orders_rule, halted_there_rule, order_requiring_rule,
                                      ordered_by_rule, own_firm_measure_rule, stray_destination_rule, such_flows_rule)
from kg.nlp.relations.r9based import (based_descriptor_name_rule, fronted_in_rule, group_list_rule,
                                      possessive_apposition_rule)
from kg.nlp.relations.r10curbs import (asset_freeze_rule, banned_product_ref_rule, completed_accession_rule,
                                       described_members_rule, flow_needs_licence_rule, hit_by_agent_rule,
                                       imposed_on_carried_rule, licensing_requirement_rule, made_up_of_rule,
                                       sanctions_package_target_rule, sanctions_targeting_rule)
from kg.nlp.relations.roles import role_rule
from kg.nlp.relations.r12lex import (admitted_member_rule, as_member_rule, comprising_rule, drawing_closer_rule,
                                     founding_members_rule, joint_with_rule, partnership_of_rule,
                                     role_with_employer_rule, sanctions_carrier_rule, shared_among_rule,
                                     toughened_measure_rule, verb_read_as_noun_rule, joined_employer_rule,
                                     joint_declaration_rule)
from kg.nlp.relations.r11coopr import (as_owned_partner_rule, cooperating_reason_rule, cooperation_of_with_rule,
                                       help_phrase_rule, help_received_rule, shared_knowledge_rule,
                                       helped_by_rule, joint_body_rule, named_partner_rule, partner_for_rule,
                                       through_intermediaries_rule)
from kg.nlp.relations.r10rival import (beaten_product_rule, contested_border_rule, effort_rivalry_rule,
                                       law_binds_rule, on_behalf_rule, took_control_rule)
from kg.nlp.relations.r10rival2 import (counterweight_to_power_rule, regarded_rival_rule, so_called_rule,
                                        state_request_rule, tasked_rule, trade_war_rule, won_customers_rule)
from kg.nlp.relations.r10rival3 import at_request_rule, complied_rule, deadline_rule, demanded_that_rule
from kg.nlp.relations.focus2 import (body_members_rule, both_members_rule, facility_rule, in_partnership_rule,
                                      launch_rule, mutual_agreement_rule, named_unit_rule, own_clause_group,
                                      signed_partnership_rule, technology_apposition_rule, whose_business_rule)
from kg.nlp.relations.focus import descriptor_rule, focus_possessive_rule, focus_rule, lead_rule, made_by_rule
from kg.nlp.relations.focus4 import (field_entry_rule, hub_rule, pursuit_rule, research_at_rule, subordinate_rule,
                                      technology_of_rule, world_share_rule, priority_rule)
from kg.nlp.relations.focus5 import product_maker_rule, technology_provider_rule
from kg.nlp.relations.r10focus import (both_described_rule, described_group_list_rule, dominated_market_rule,
                                        drive_to_rule, pledged_investment_rule, product_maker_word_rule,
                                        purpose_clause_rule, standing_rule)
from kg.nlp.relations.r9focus import (brand_rule, group_clause_examples_rule, made_with_rule,
                                       maker_word_rule, phrasal_making_rule, role_as_rule, works_owner_rule)
from kg.nlp.relations.focus3 import (bought_from_rule, listed_group_rule, operated_rule, ranked_maker_rule,
                                      whose_product_rule)
from kg.nlp.relations.parts import described_unit_rule, founded_unit_rule, known_parent_rule, owns_rule
from kg.nlp.relations.restraints import (blocked_imports_rule, colon_list_rule, counted_target_rule,
                                         export_curb_rule, hit_with_rule, on_list_rule,
                                         sanction_package_rule, stop_order_rule)
from kg.nlp.relations.licences import licence_denial_rule
from kg.nlp.relations.membership2 import admitted_as_rule, ally_member_rule, membership_noun_rule
from kg.nlp.relations.structure import based_in_rule, name_rule, part_of_rule, rival_rule, title_rule
from kg.nlp.relations.triggers import noun_rule, verb_rule
from kg.nlp.relations.xsent import (bare_title_rule, canonical_country_rule, inherit_offices,
                                    predicate_title_rule)
from kg.nlp.relations.r13coop_lists import complete_lists
from kg.nlp.relations.r14wire import R14WIRE_RULES
from kg.nlp.relations.r14pub import R14PUB_RULES
from kg.nlp.relations.r15recall import R15RECALL_RULES
from kg.nlp.relations.round13 import ROUND13_RULES
from kg.nlp.relations.r14struct import R14STRUCT_RULES
from kg.nlp.relations.r14suite2 import R14SUITE2_RULES
from kg.nlp.relations.r15suite3 import R15SUITE3_RULES
from kg.nlp.relations.r15wire3 import R15WIRE3_RULES
from kg.nlp.relations.r15netgov import R15NETGOV_RULES
from kg.nlp.relations.r14curb import R14CURB_RULES
from kg.nlp.relations.r14curb_halts import R14CURB_HALT_RULES
from kg.nlp.relations.r14coop import R14COOP_RULES
from kg.nlp.relations.r14coop2 import R14COOP2_RULES
from kg.nlp.relations.r14coop3 import R14COOP3_RULES
from kg.nlp.relations.r15lead import R15LEAD_RULES
from kg.nlp.relations.r15pay import R15PAY_RULES, followed_steps
from kg.nlp.relations.r16member import R16MEMBER_RULES
from kg.nlp.relations.r16coop import R16COOP_RULES
from kg.nlp.relations.r15newsb import R15NEWSB_RULES
from kg.nlp.relations.r15newsa import R15NEWSA_RULES
from kg.nlp.relations.r15latam import R15LATAM_RULES
from kg.nlp.relations.xsent2 import (prefer_previous_subject, resolve_bare_pairs, resolve_spelled_out_groups,
                                     resolve_subject_groups)
from kg.nlp.relations.r15xsent import R15XSENT_RULES, revise_disjoint_groups
from kg.nlp.relations.r16pub4 import R16PUB4_RULES, revise as revise_pub4
from kg.nlp.relations.r16news3 import (alike_deals, others_technology, own_country, picked_for_another,
                                        unmade_investments)
from kg.nlp.relations.r16invest import R16INVEST_RULES
from kg.nlp.relations.r16focus import R16FOCUS_RULES
from kg.nlp.relations.r17lead import R17LEAD_RULES
from kg.nlp.relations.r17struct import R17STRUCT_RULES, heads_not_staff
from kg.nlp.relations.r17pub5 import R17PUB5_RULES
from kg.nlp.relations.r17news5 import R17NEWS5_RULES
from kg.nlp.relations.r17pub6 import R17PUB6_RULES
from kg.nlp.relations.r17curb import R17CURB_RULES
from kg.nlp.relations.r17we import R17WE_RULES
from kg.nlp.relations.r17pub7 import R17PUB7_RULES
from kg.nlp.relations.r17news6 import R17NEWS6_RULES

Rule = Callable[[Span, DocContext], Iterator[Candidate]]
RULES: tuple[Rule, ...] = (verb_rule, noun_rule, title_rule, based_in_rule, member_rule, part_of_rule, focus_rule,
                           focus_possessive_rule, rival_rule, name_rule, descriptor_rule, join_rule, role_rule,
                           group_member_rule, belong_rule, signatory_rule, descriptor_based_rule,
                           technology_descriptor_rule, located_rule, participle_rule, origin_rule, made_by_rule,
                           lead_rule, joint_rule, head_title_rule, carried_subject_rule, bare_member_rule,
                           referred_title_rule, rivalry_rule, plant_rule, ban_use_rule, chosen_supplier_rule,
                           adopted_product_rule, structure_role_rule, built_for_user_rule, control_rule,
                           join_measure_rule, blocked_deal_rule, signed_partnership_rule, technology_apposition_rule,
                           whose_business_rule, launch_rule, body_members_rule, mutual_agreement_rule, facility_rule,
                           in_partnership_rule, named_unit_rule, both_members_rule, as_title_rule, led_by_rule,
                           title_clause_rule, leads_part_rule, portfolio_rule, listed_group_rule, ranked_maker_rule,
                           founded_unit_rule, ally_member_rule, operated_rule, described_unit_rule,
                           whose_product_rule, bought_from_rule, taken_delivery_rule, contract_supply_rule,
                           measure_relative_rule, lent_with_rule, invested_country_rule, bought_product_rule,
                           sold_stake_rule, supplied_by_rule, banned_export_rule, curb_destination_rule,
                           ordered_to_stop_rule, awarded_contract_rule, venture_apposition_rule, jointly_held_rule,
                           talks_about_rule, coordinated_action_rule, licence_rule, join_in_rule,
                           cooperation_agreement_rule, campaign_rivalry_rule, plural_relative_rule, agreed_terms_rule,
                           together_with_rule, pairing_rule, signatories_rule, reduced_relative_rule,
                           canonical_country_rule, bare_title_rule, predicate_title_rule, made_for_rule,
                           importer_rule, other_half_rule, national_title_rule, counterpart_rule, leader_aide_rule,
                           paired_investors_rule, founding_shareholders_rule, made_available_rule, runs_on_rule,
                           sold_in_rule, worked_on_rule, venture_founders_rule, made_to_design_rule, spent_on_rule,
                           bare_speaker_rule, employment_rule, must_rule, hyphen_pair_rule, working_on_deal_rule,
                           signed_by_speakers_rule, venture_partners_rule, joint_project_rule, in_cooperation_rule,
                           deal_purpose_rule, signed_for_clause_rule, struck_partnership_rule, chosen_partner_rule,
                           alongside_rule, rival_pressure_rule, signed_relative_rule, founded_together_rule,
                           hit_with_rule, on_list_rule, colon_list_rule, blocked_imports_rule, licence_denial_rule,
                           counted_target_rule, sanction_package_rule, export_curb_rule, stop_order_rule,
                           membership_noun_rule, halted_flow_rule, admitted_as_rule, carried_measure_rule,
                           research_at_rule, subordinate_rule, pursuit_rule, owns_rule, hub_rule, known_parent_rule,
                           field_entry_rule, world_share_rule, priority_rule, technology_of_rule,
                           technology_provider_rule, product_maker_rule, granted_money_rule, share_held_rule,
                           round_led_rule, share_supplied_rule, taken_over_rule, relied_on_rule, deal_partner_rule,
                           imports_of_rule, supplier_of_goods_rule, goods_into_rule, handed_over_rule,
                           borrowed_from_rule, agreed_to_be_bought_rule, made_for_owner_rule, powers_rule,
                           used_by_rule, funded_with_rule, national_counterparts_rule, money_into_country_rule,
                           bought_from_site_rule, counted_as_rule, funded_thing_rule, supplied_thing_rule,
                           joined_measure_rule, led_body_rule, ordered_blocked_rule, must_not_use_rule,
                           part_of_body_rule, chair_rule, curbed_flow_rule, measure_target_rule,
                           counted_relative_rule, fronted_passive_rule, blocked_access_rule, bloc_list_rule,
                           implicit_target_rule, body_of_body_rule, whose_title_rule, run_by_clause_rule,
                           at_instruction_rule, title_in_mention_rule, aide_rule, listed_partners_rule,
                           joined_together_rule, project_partners_rule, counterweight_rule, locked_rivalry_rule,
                           named_rivals_rule, talks_between_rule, joined_effort_rule, won_from_rule,
                           project_with_rule, under_deal_rule, sale_of_rule, venture_relative_rule, leaders_deal_rule,
                           closing_gap_rule, taking_on_rule, venture_stake_rule, head_to_head_rule,
                           agreed_together_rule, consortium_members_rule, pitted_rule, faced_rivals_rule,
                           called_partner_rule, build_what_rule, halted_orders_rule, stray_destination_rule,
                           halted_there_rule, order_requiring_rule, ordered_by_rule, such_flows_rule,
                           own_firm_measure_rule, cut_off_flow_rule, recruited_partner_rule, further_between_rule,
                           countering_pact_rule, role_before_name_rule, contract_for_goods_rule,
                           chosen_described_supplier_rule, among_them_rule, group_list_rule, fronted_in_rule,
                           based_descriptor_name_rule, possessive_apposition_rule, brand_rule, maker_word_rule,
                           made_with_rule, group_clause_examples_rule, phrasal_making_rule, works_owner_rule,
                           role_as_rule, maker_of_used_goods_rule, facility_recipient_rule, goods_to_recipient_rule,
                           counted_customer_rule, chosen_name_supplier_rule, named_party_rule,
                           contract_for_delivery_rule, got_from_rule, named_maker_goods_rule, sent_goods_rule,
                           passive_goods_flow_rule, market_rule, named_product_rule, come_from_rule, law_binds_rule,
                           took_control_rule, on_behalf_rule, effort_rivalry_rule, contested_border_rule,
                           beaten_product_rule, won_customers_rule, regarded_rival_rule, trade_war_rule, tasked_rule,
                           state_request_rule, so_called_rule, counterweight_to_power_rule, complied_rule,
                           deadline_rule, demanded_that_rule, at_request_rule, hit_by_agent_rule,
                           banned_product_ref_rule, licensing_requirement_rule, flow_needs_licence_rule,
                           asset_freeze_rule, sanctions_targeting_rule, described_members_rule, made_up_of_rule,
                           imposed_on_carried_rule, sanctions_package_target_rule, completed_accession_rule,
                           pledged_investment_rule, product_maker_word_rule, described_group_list_rule,
                           purpose_clause_rule, standing_rule, dominated_market_rule, drive_to_rule,
                           both_described_rule, together_on_verb_rule, staff_with_rule, agreed_deal_rule,
                           co_verb_rule, deal_topic_with_rule, in_concert_rule, phrasal_with_rule,
                           investors_listed_rule, counted_among_rule, plant_in_place_rule, centre_built_rule,
                           vehicle_purpose_rule, funding_for_owned_rule, partner_in_rule, investment_by_rule,
                           given_stake_rule, round_taken_part_rule, joint_fund_rule, amount_invested_in_rule,
                           ordered_reference_rule, operator_of_maker_rule, help_phrase_rule, named_partner_rule,
                           partner_for_rule, joint_body_rule, cooperation_of_with_rule, through_intermediaries_rule,
                           cooperating_reason_rule, as_owned_partner_rule, helped_by_rule, help_received_rule,
                           shared_knowledge_rule, example_recipients_rule, bought_goods_rule, given_goods_rule,
                           supplier_of_rule, goods_made_for_rule, order_with_maker_rule, used_goods_rule, fleet_rule,
                           named_contract_rule, used_in_product_rule, customer_for_goods_rule,
                           holder_deal_to_supply_rule, signed_customer_rule, chosen_goods_rule, revenue_source_rule,
                           goods_used_by_rule, for_owned_thing_rule, joint_with_rule, toughened_measure_rule,
                           admitted_member_rule, founding_members_rule, role_with_employer_rule, drawing_closer_rule,
                           sanctions_carrier_rule, partnership_of_rule, shared_among_rule, verb_read_as_noun_rule,
                           as_member_rule, comprising_rule, joined_employer_rule, joint_declaration_rule)
RULES += ROUND13_RULES  # round 13's rules run last (kg/nlp/relations/round13.py)
RULES += R14WIRE_RULES  # coordinated titles of releases (kg/nlp/relations/r14wire.py)
RULES += R14STRUCT_RULES  # kg/nlp/relations/r14struct.py
RULES += R14SUITE2_RULES  # the fresh held-out suite's constructions (kg/nlp/relations/r14suite2.py)
RULES += R14CURB_RULES + R14CURB_HALT_RULES  # measures and halts (kg/nlp/relations/r14curb*.py)
RULES += R14COOP_RULES + R14COOP2_RULES + R14COOP3_RULES  # cooperation in wire shapes (kg/nlp/relations/r14coop*.py)
RULES += R14PUB_RULES  # joint statements' titles (kg/nlp/relations/r14pub.py)
RULES += R15LEAD_RULES  # market exits (kg/nlp/relations/r15lead.py)
RULES += R15XSENT_RULES  # groups of one country's companies, then their names (kg/nlp/relations/r15xsent.py)
RULES += R15RECALL_RULES  # officials by a deputy's or secretary's title (kg/nlp/relations/r15recall.py)
RULES += R15NEWSB_RULES  # releases' and wire copy's constructions (kg/nlp/relations/r15newsb.py)
RULES += R15NEWSA_RULES  # shareholders, co-signatories (kg/nlp/relations/r15newsa.py)
RULES += R15SUITE3_RULES  # the third fresh held-out set's constructions (kg/nlp/relations/r15suite3.py)
RULES += R15LATAM_RULES  # a leader's government by its leader (kg/nlp/relations/r15latam.py)
RULES += R15WIRE3_RULES  # official titles before a name in state media (kg/nlp/relations/r15wire3.py)
RULES += R15NETGOV_RULES  # membership in governance news (kg/nlp/relations/r15netgov.py)
RULES += R15PAY_RULES  # payments halted, cards refused, wallets frozen, banks cut off (kg/nlp/relations/r15pay.py)
RULES += R16PUB4_RULES  # listed below a listing, country labels, licences to export (kg/nlp/relations/r16pub4.py)
RULES += R16MEMBER_RULES  # joins of described bodies, parties, ranked, fellow members (kg/nlp/relations/r16member.py)
RULES += R16INVEST_RULES  # stakes bought, misread buying verbs, rivals fighting (kg/nlp/relations/r16invest.py)
RULES += R16COOP_RULES  # partners alongside, recruited, made with (kg/nlp/relations/r16coop.py)
RULES += R16FOCUS_RULES  # founders of a venture set up for a field (kg/nlp/relations/r16focus.py)
RULES += R17LEAD_RULES  # parties named after a sentence listing them by number (kg/nlp/relations/r17lead.py)
RULES += R17STRUCT_RULES  # fronted participles, announced titles, seats, headquarters (kg/nlp/relations/r17struct.py)
RULES += R17PUB5_RULES  # added to a list, both of, agreed joint work, owned by (kg/nlp/relations/r17pub5.py)
RULES += R17NEWS5_RULES  # round participants, listed joiners, contracts to build (kg/nlp/relations/r17news5.py)
RULES += R17PUB6_RULES  # analysts introduced on an earnings call (kg/nlp/relations/r17pub6.py)
RULES += R17CURB_RULES  # fronted curbs, signatories, ventures made by owners (kg/nlp/relations/r17curb.py)
RULES += R17WE_RULES  # a share of revenue from customers in a country (kg/nlp/relations/r17we.py)
RULES += R17PUB7_RULES  # a loan or grant given to help a named body (kg/nlp/relations/r17pub7.py)
RULES += R17NEWS6_RULES  # won orders, venture partners listed with descriptions (kg/nlp/relations/r17news6.py)
#: a rule, the words of its trigger (from the lexicon) and the entity types of its trigger (see ``TRIGGERS``)
Gate = tuple[Rule, frozenset[str] | None, tuple[str, ...]]


class RelationExtractor(SavedData):
    """Typed relations between the linked entities of a document, each with status, topics and evidence."""

    def __init__(self, name: str = "kg_relations", *, min_confidence: float = 0.0) -> None:
        register_extensions()
        self.name = name
        self.min_confidence = min_confidence
        self.lexicon = Lexicon()
        self.confidence: dict[str, float] = {}
        self.leaders: dict[str, str] = {}
        self.parents: dict[str, str] = {}  # organisation id -> the id of what the gazetteer says it is part of
        self._gates: list[Gate] | None = None  # the rules' triggers in this lexicon, made on first use

    def initialize(self, get_examples: Callable[[], Iterable[Any]] | None = None, *, nlp: Language | None = None,
                   data: str | None = None) -> None:
        """Load the trigger and structure lexicons, the rule confidences and the gazetteer's leaders from the data
        folder ``data`` (default: kg's own data).

        Called by ``nlp.initialize()`` (``[initialize.components.kg_relations]`` in the config) or by hand after
        ``add_pipe``, as :func:`kg.nlp.pipeline.build_nlp` does.
        """
        from kg.nlp.gazetteer import load_kb
        from kg.nlp.lexicon import load_lexicon
        from kg.resources import data_dir, read_json

        folder = Path(data) if data is not None else data_dir()
        confidence_file = folder / "lexicon" / "rule_confidence.json"
        kb = load_kb(folder / "gazetteer")
        self._use(load_lexicon(folder / "lexicon"),
                         read_json(confidence_file) if confidence_file.exists() else {},
                         {e.id: e.leads for e in kb.entries.values() if e.leads},
                         {e.id: e.parent for e in kb.entries.values() if e.parent})

    def _use(self, lexicon: Lexicon, confidence: dict[str, float] | None = None,
                    leaders: dict[str, str] | None = None, parents: dict[str, str] | None = None) -> None:
        self.lexicon = lexicon
        self.confidence = dict(confidence or {})
        self.leaders = dict(leaders or {})
        self.parents = dict(parents or {})
        self._gates = None

    def __call__(self, doc: Doc) -> Doc:
        ctx = DocContext(doc, self.lexicon, self.leaders, self.parents)
        resolve_plural_pronouns(doc, ctx)
        carry_references(doc, ctx)
        resolve_pair_descriptions(doc, ctx)
        prefer_previous_subject(doc, ctx)  # "X signed with Y. The company will …": X, the subject before
        resolve_subject_groups(doc, ctx)  # "X and Y signed with Z. The companies will …": X and Y
        resolve_spelled_out_groups(doc, ctx)  # "… four Chinese firms. The four firms are A, B, C and D."
        resolve_bare_pairs(doc, ctx)  # "A pairs its models with B's under a deal the two signed": A and B
        revise_disjoint_groups(doc, ctx)  # "A supplies the two companies": not A (r15xsent.py)
        if self._gates is None:
            self._gates = rule_gates(RULES, self.lexicon)
        ctx.settle()  # the references are resolved: each token's readings are now read once
        candidates = run_rules(ctx, self._gates)
        candidates = complete_lists(candidates, ctx)  # every name of a list a party stands in (r13coop.py)
        candidates = followed_steps(candidates, ctx)  # "X halted payments. Y took similar steps." (r15pay.py)
        candidates = revise_pub4(candidates, ctx)  # transcripts' questions, bracketed countries (r16pub4.py)
        # curbs on one's own country, "similar deals", "future investments" (r16news3.py)
        candidates = unmade_investments(alike_deals(own_country(candidates, ctx), ctx))
        candidates = others_technology(picked_for_another(candidates), ctx)  # (r16news3.py)
        candidates = inherit_offices(candidates, ctx)  # offices handed on, across sentences too (xsent.py)
        candidates = heads_not_staff(candidates)  # a head's leaderOf, not also worksFor (r17struct.py)
        relations = merge_candidates(candidates, ctx, self.confidence)
        set_relations(doc, [r for r in relations if r.confidence >= self.min_confidence])
        set_entities(doc, ctx.entities)  # with the technologies a rule named (focus.py's descriptors)
        return doc

    saved_keys = ("lexicon", "confidence", "leaders", "parents")

    def saved(self) -> dict[str, Any]:
        """The component's data as plain JSON values, saved with the pipeline (:class:`SavedData`)."""
        return {"lexicon": self.lexicon.to_dict(), "confidence": self.confidence, "leaders": self.leaders,
                "parents": self.parents}

    def restore(self, saved: dict[str, Any]) -> "RelationExtractor":
        self._use(Lexicon.from_saved(saved["lexicon"]), saved["confidence"], saved["leaders"], saved.get("parents"))
        return self


def rule_gates(rules: Iterable[Rule], lexicon: Lexicon) -> list[Gate]:
    """Each rule with its trigger's words read from ``lexicon`` (once, not per document) and entity types."""
    out: list[Gate] = []
    for rule in rules:
        trigger = TRIGGERS.get(rule)
        words = frozenset(trigger.words(lexicon)) if trigger and trigger.words is not None else None
        out.append((rule, words, trigger.types if trigger else ()))
    return out


#: id of a list of gates -> the list, its trigger word lists and the numbers of its gates without trigger words
#: (:func:`gate_plan`)
_PLANS: dict[int, tuple[list[Gate], tuple[frozenset[str] | None, ...], frozenset[int]]] = {}


def gate_plan(gates: list[Gate]) -> tuple[tuple[frozenset[str] | None, ...], frozenset[int]]:
    """The trigger word lists of ``gates`` (by number) and the numbers of the gates that may run without one of
    their words (typed or ungated), made once per list of gates (a list of gates is not changed once made).

    >>> def rule(sent, ctx): yield from ()
    >>> gates = [(rule, frozenset({"deal"}), ()), (rule, None, ("Person",)), (rule, None, ())]
    >>> gate_plan(gates)
    ((frozenset({'deal'}), None, None), frozenset({1, 2}))
    >>> gate_plan(gates)[0] is gate_plan(gates)[0]
    True
    """
    known = _PLANS.get(id(gates))
    if known is None or known[0] is not gates:
        if len(_PLANS) > 16:
            _PLANS.clear()
        known = _PLANS[id(gates)] = (gates, tuple(words for _, words, _ in gates),
                                     frozenset(n for n, (_, words, types) in enumerate(gates)
                                               if words is None or types))
    return known[1], known[2]


def run_rules(ctx: DocContext, gates: list[Gate]) -> list[Candidate]:
    """What the rules find, sentence by sentence in rule order; a rule with a trigger runs only on the sentences
    that have its trigger (its words, a mention of its types), found once per document by the index."""
    sents = ctx.index.sents
    at = {s.start: k for k, s in enumerate(sents)}
    # the rules to run on each sentence, in rule order (the rules add no mention and change no mention's type, so
    # the sentences with a mention of a type can be found before any rule runs)
    runs: list[list[Rule]] = [[] for _ in sents]
    word_lists, others = gate_plan(gates)
    with_words = ctx.index.sentences_with_each(word_lists)  # by the gate's number
    # only the gates the document has a word of, and those that need none: a gate of words the document lacks
    # runs nowhere
    for n in sorted(with_words.keys() | others):
        rule, words, types = gates[n]
        if words is None and not types:
            for here in runs:
                here.append(rule)
            continue
        where = with_words.get(n, set()) if words is not None else set()
        if types:
            where = where | ctx.index.sentences_typed(types, ctx.type_of)
        for start in where:
            runs[at[start]].append(rule)
    found: list[Candidate] = []
    for sent, here in zip(sents, runs):
        for rule in here:
            found.extend(rule(sent, ctx))
    return found


def resolve_plural_pronouns(doc: Doc, ctx: DocContext) -> None:
    """``they``/``their`` refer to the last group of two or more actors that was a clause's subject."""
    group: list[str] = []
    words = ctx.lex.words("plural_pronouns")
    pronouns = positions(doc, words)
    for sent in ctx.index.sents:
        if not pronouns or pronouns[-1] < sent.start:
            break  # no pronoun left to resolve: the subjects of the sentences after it are not needed
        root = sent.root
        subjects = [a for a in ctx.subjects(root) if ctx.is_actor(a)] if root.pos_ in ("VERB", "AUX") else []
        # "X and Y said they would …": after the group that is this sentence's subject, "they" is that group
        after = max((c.right_edge.i for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), default=len(doc)) \
            if len(subjects) >= 2 else len(doc)
        for tok in (doc[i] for i in pronouns[bisect_left(pronouns, sent.start):bisect_left(pronouns, sent.end)]):
            if tok.lower_ in words:
                # "… since Moscow and Beijing are both interested in their cooperation": the pronoun's own clause
                here = own_clause_group(tok, ctx) or (subjects if tok.i > after else group)
                if here:
                    ctx.plural_refs[tok.i] = list(here)
        if len(subjects) >= 2:
            group = subjects
