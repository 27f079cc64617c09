<?php

declare(strict_types=1);

namespace Acme\Scanner\Scan;

final class ScanReport
{
    /** @var list<Finding> */
    private array $findings = [];
    private int $packagesScanned = 0;

    public function __construct(
        private readonly string $project,
        private readonly string $commit,
        private readonly string $lockfilePath,
    ) {
    }

    public function addFinding(Finding $finding): void
    {
        $finding->setReport($this);
        $this->findings[] = $finding;
    }

    public function countScanned(int $packages): void
    {
        $this->packagesScanned += $packages;
    }

    public function project(): string
    {
        return $this->project;
    }

    public function lockfilePath(): string
    {
        return $this->lockfilePath;
    }

    /** @return list<Finding> */
    public function findings(): array
    {
        return $this->findings;
    }

    public function release(): void
    {
        $this->findings = [];
    }

    public function toSarif(): array
    {
        return [
            'version' => '2.1.0',
            'runs' => [[
                'tool' => ['driver' => ['name' => 'acme-composer-audit', 'version' => '3.4.1']],
                'versionControlProvenance' => [['repositoryUri' => 'https://git.acme.internal/' . $this->project, 'revisionId' => $this->commit]],
                'properties' => ['packagesScanned' => $this->packagesScanned],
                'results' => array_map(static fn (Finding $f): array => $f->toSarif(), $this->findings),
            ]],
        ];
    }
}
