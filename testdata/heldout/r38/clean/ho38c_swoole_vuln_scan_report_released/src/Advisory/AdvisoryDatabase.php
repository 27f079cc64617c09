<?php

declare(strict_types=1);

namespace Acme\Scanner\Advisory;

final class AdvisoryDatabase
{
    /** @var array<string, list<array{id: string, cve: string, below: string, severity: string, title: string}>> */
    private array $byPackage = [];

    public static function fromSnapshot(array $rows): self
    {
        $db = new self();
        foreach ($rows as $row) {
            $db->byPackage[$row['package']][] = $row;
        }

        return $db;
    }

    /** @return list<array{id: string, cve: string, below: string, severity: string, title: string}> */
    public function affecting(string $package, string $version): array
    {
        $hits = [];
        foreach ($this->byPackage[$package] ?? [] as $advisory) {
            if (version_compare($version, $advisory['below'], '<')) {
                $hits[] = $advisory;
            }
        }

        return $hits;
    }
}
