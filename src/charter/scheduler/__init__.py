"""Background jobs of `charter serve`: retention purges, capture purges, audit checkpoints,
backups and their pruning. Each job runs under a store lease (`lease`), so that of all the
nodes running the scheduler one at a time runs it (`runner`); `jobs` says what each one does.
"""
