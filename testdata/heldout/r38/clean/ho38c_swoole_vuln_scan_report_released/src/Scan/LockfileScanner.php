<?php

declare(strict_types=1);

namespace Acme\Scanner\Scan;

use Acme\Scanner\Advisory\AdvisoryDatabase;

final class LockfileScanner
{
    public function __construct(private readonly AdvisoryDatabase $advisories)
    {
    }

    public function scan(string $project, string $commit, array $lock): ScanReport
    {
        $report = new ScanReport($project, $commit, $lock['path'] ?? 'composer.lock');
        foreach ($lock['packages'] as $package) {
            foreach ($this->advisories->affecting($package['name'], $package['version']) as $advisory) {
                $report->addFinding(new Finding(
                    $advisory['id'],
                    $advisory['cve'],
                    $package['name'],
                    $package['version'],
                    $advisory['below'],
                    $advisory['severity'],
                    sprintf('%s %s is affected by %s (%s): %s. Upgrade to %s or later.', $package['name'], $package['version'], $advisory['cve'], $advisory['severity'], $advisory['title'], $advisory['below']),
                ));
            }
        }
        $report->countScanned(\count($lock['packages']));

        return $report;
    }
}
