<?php

namespace App\Cache;

/**
 * Holds compiled webhook payload templates keyed by event type.
 */
final class TemplateCache
{
    /** @var array<string, string> */
    private array $compiled = [];

    /** @var list<string> */
    private array $warmupLog = [];

    public function warm(string $event, string $template): void
    {
        $this->compiled[$event] = preg_replace('/\{\{\s*(\w+)\s*\}\}/', '{$1}', $template);
        $this->warmupLog[] = sprintf('[%s] compiled %s (%d bytes)', date('H:i:s'), $event, \strlen($template));
    }

    public function has(string $event): bool
    {
        return isset($this->compiled[$event]);
    }

    public function get(string $event): string
    {
        return $this->compiled[$event];
    }

    public function getWarmupLog(): array
    {
        return $this->warmupLog;
    }
}
