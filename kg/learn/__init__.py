"""Learning relations from annotated articles: features, the linear model, training and cross-validation."""
