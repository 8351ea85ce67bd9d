"""The desktop GUI: thin pages over core calls; slow work runs in the background."""
