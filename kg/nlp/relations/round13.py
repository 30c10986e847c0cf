"""The relation rules of round 13 (``r13*`` modules), run after the others in this order: listings and measures
(r13curb), the behavioural suite's constructions (r13suite), focus, supply and investment (r13focus), parties of
cooperation lost by the parser (r13coop) and membership across sentences (r13member). ``RULES`` in
:mod:`kg.nlp.relations` ends with them."""

from __future__ import annotations

from kg.nlp.relations.r13focus import (activity_rule, company_provides_rule, focused_descriptor_rule, goods_from_rule,
                                       got_goods_rule, launched_range_rule, led_project_rule, owned_subject_rule,
                                       provided_goods_maker_rule, spent_on_field_rule, whose_goods_used_rule)
from kg.nlp.relations.r13member import (conjoined_partners_rule, described_body_rule, founded_by_rule,
                                         named_grouping_rule, topic_member_rule)
from kg.nlp.relations.r13curb import (listed_rule, measure_participle_rule, package_names_rule,
                                      restrictive_measures_rule)
from kg.nlp.relations.r13curb2 import (banned_dealings_rule, cut_from_system_rule, inverted_passive_rule,
                                       licence_needed_rule, listed_by_rule, lost_subject_rule,
                                       sanctioned_group_includes_rule, unparsed_verb_rule)
from kg.nlp.relations.r13suite_lists import counted_list_rule
from kg.nlp.relations.r13suite_misread import misread_verb_rule
from kg.nlp.relations.r13suite_fronted import fronted_participle_rule
from kg.nlp.relations.r13suite_passive import chosen_as_rule, joint_agents_rule
from kg.nlp.relations.r13suite_people import people_group_rule, people_list_rule, possessed_unit_rule
from kg.nlp.relations.r13suite_roles import (accession_effect_rule, fronted_role_rule, naming_noun_rule,
                                             planned_join_rule)
from kg.nlp.relations.r13coop import (agreed_to_act_with_rule, consortium_made_of_rule, joined_in_undertaking_rule,
                                       listed_between_rule, lost_subjects_rule, shared_possessive_rule)

ROUND13_RULES = (listed_rule, measure_participle_rule, package_names_rule, restrictive_measures_rule,
                 lost_subject_rule, banned_dealings_rule, cut_from_system_rule, unparsed_verb_rule,
                 inverted_passive_rule, licence_needed_rule, listed_by_rule, sanctioned_group_includes_rule,
                 counted_list_rule, misread_verb_rule, fronted_participle_rule, fronted_role_rule, naming_noun_rule,
                 planned_join_rule, accession_effect_rule, people_group_rule, people_list_rule, possessed_unit_rule,
                 joint_agents_rule, chosen_as_rule, activity_rule, led_project_rule, spent_on_field_rule,
                 owned_subject_rule, goods_from_rule, launched_range_rule, focused_descriptor_rule,
                 provided_goods_maker_rule, company_provides_rule, got_goods_rule, whose_goods_used_rule,
                 lost_subjects_rule, shared_possessive_rule, listed_between_rule, joined_in_undertaking_rule,
                 agreed_to_act_with_rule, consortium_made_of_rule, described_body_rule, topic_member_rule,
                 conjoined_partners_rule, named_grouping_rule, founded_by_rule)
