<?php

declare(strict_types=1);

// Horizon supervisor process running RunConflictCheck jobs queued by the
// new-business intake form. Each job is a fresh object; the worker process
// lives for thousands of jobs.

interface ShouldQueue
{
}

final class QueueWorkerStandIn
{
    public function __construct(private ConflictRepository $repository)
    {
    }

    /** @param iterable<ShouldQueue> $jobs */
    public function daemon(iterable $jobs): void
    {
        foreach ($jobs as $job) {
            $job->handle($this->repository);
        }
    }
}

final class Party
{
    public const ROLES = ['client', 'adverse', 'co-defendant', 'insurer', 'witness'];

    public function __construct(
        public readonly string $name,
        public readonly string $role,
        public readonly ?string $parentCompany = null,
    ) {
    }
}

final class PartyMatcher
{
    /** @param list<string> $patterns */
    private function __construct(public readonly string $label, private array $patterns)
    {
    }

    public static function compile(string $label, array $aliases): self
    {
        $patterns = [];
        foreach ($aliases as $alias) {
            $words = preg_split('/\s+/', trim($alias));
            $patterns[] = '/\b' . implode('\W+', array_map(fn ($w) => preg_quote($w, '/'), $words)) . '\b/i';
        }

        return new self($label, $patterns);
    }

    public function matches(string $candidate): bool
    {
        foreach ($this->patterns as $pattern) {
            if (preg_match($pattern, $candidate)) {
                return true;
            }
        }

        return false;
    }
}

trait CompilesPartyMatchers
{
    /** @var array<string, PartyMatcher> */
    private static array $matchers = [];

    protected function matcherFor(Party $party): PartyMatcher
    {
        $key = $this->matcherKey($party);

        return self::$matchers[$key] ??= PartyMatcher::compile($key, $this->aliasesFor($party)); // leak
    }

    protected function matcherKey(Party $party): string
    {
        return $party->role . ':' . self::normalizeName($party->name);
    }

    protected function aliasesFor(Party $party): array
    {
        $aliases = [$party->name, preg_replace('/,?\s+(inc|llc|ltd|corp|co)\.?$/i', '', $party->name)];
        if ($party->parentCompany !== null) {
            $aliases[] = $party->parentCompany;
        }

        return array_values(array_unique($aliases));
    }

    private static function normalizeName(string $name): string
    {
        return strtolower(preg_replace('/[^a-z0-9]+/i', '-', trim($name)));
    }
}

final class ConflictRepository
{
    /** @return list<string> */
    public function partiesOfOpenMatters(): array
    {
        return [
            'Brightwater Capital Partners LLC v. Ostrander Freight',
            'In re Halvorsen Chemical Co. Securities Litigation',
            'Meridian Health System -- vendor consolidation',
            'Tallis Aerospace Inc. (insurer: Northfield Mutual)',
        ];
    }
}

final class RunConflictCheck implements ShouldQueue
{
    use CompilesPartyMatchers;

    public array $hits = [];

    /** @param list<Party> $parties */
    public function __construct(public readonly string $intakeId, private array $parties)
    {
    }

    public function handle(ConflictRepository $repository): void
    {
        $openMatters = $repository->partiesOfOpenMatters();
        foreach ($this->parties as $party) {
            $matcher = $this->matcherFor($party);
            foreach ($openMatters as $caption) {
                if ($matcher->matches($caption)) {
                    $this->hits[] = [$party->name, $caption];
                }
            }
        }
    }
}

function conflictJobs(int $n): Generator
{
    $roles = Party::ROLES;
    for ($i = 0; $i < $n; $i++) {
        yield new RunConflictCheck(sprintf('INT-%06d', 91000 + $i), [
            new Party(sprintf('Castellan Robotics %d, Inc.', $i), 'client', $i % 4 === 0 ? 'Castellan Group plc' : null),
            new Party(sprintf('Ostrander Freight Lines %d LLC', $i), $roles[1 + $i % 4]),
        ]);
    }
}

$worker = new QueueWorkerStandIn(new ConflictRepository());
$worker->daemon(conflictJobs((int) (getenv('PHPLEAK_N') ?: 100)));
