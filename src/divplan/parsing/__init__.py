"""Parse: text becomes a tree. Normalise, split lines (Lark), one context pass, the outline
grammar, and the clause reader that turns responsibility clauses into roles.
"""
