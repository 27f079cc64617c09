<?php

namespace App\Crawler;

final class RobotsRules
{
    /**
     * @param array<string, list<string>> $disallow user-agent => path prefixes
     * @param array<string, list<string>> $allow
     * @param list<string> $sitemaps
     */
    public function __construct(
        public readonly string $origin,
        public readonly array $disallow,
        public readonly array $allow,
        public readonly array $sitemaps,
        public readonly float $crawlDelay,
        public readonly int $fetchedAt,
    ) {
    }

    public function isAllowed(string $path, string $userAgent): bool
    {
        $group = $this->groupFor($userAgent);
        $best = '';
        $allowed = true;
        foreach ($this->disallow[$group] ?? [] as $prefix) {
            if ($prefix !== '' && str_starts_with($path, $prefix) && strlen($prefix) > strlen($best)) {
                $best = $prefix;
                $allowed = false;
            }
        }
        foreach ($this->allow[$group] ?? [] as $prefix) {
            if (str_starts_with($path, $prefix) && strlen($prefix) >= strlen($best)) {
                $best = $prefix;
                $allowed = true;
            }
        }

        return $allowed;
    }

    private function groupFor(string $userAgent): string
    {
        $token = strtolower(strtok($userAgent, '/'));

        return isset($this->disallow[$token]) || isset($this->allow[$token]) ? $token : '*';
    }
}
