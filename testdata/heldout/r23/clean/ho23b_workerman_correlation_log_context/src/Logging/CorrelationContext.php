<?php

declare(strict_types=1);

namespace App\Logging;

use Illuminate\Support\Facades\Log;
use Workerman\Request;

/**
 * Adds the correlation id of the request being handled to every log record,
 * so log lines from one request can be found together.
 */
final class CorrelationContext
{
    public const HEADER = 'X-Correlation-ID';

    /** @var array<string, string> */
    private array $extra = [];

    /** Called once while the worker boots. */
    public function register(): void
    {
        Log::pushProcessor($this->decorate(...));
    }

    public function begin(Request $request): string
    {
        $correlationId = $request->header(self::HEADER) ?? self::generate();

        $this->extra = $this->extraFor($correlationId, $request);

        return $correlationId;
    }

    private function decorate(array $record): array
    {
        $record['extra'] = $this->extra + $record['extra'];

        return $record;
    }

    /** @return array<string, string> */
    private function extraFor(string $correlationId, Request $request): array
    {
        return [
            'correlation_id' => $correlationId,
            'http_method' => $request->method(),
            'http_path' => $request->path(),
            'client' => $request->header('User-Agent', 'unknown'),
        ];
    }

    private static function generate(): string
    {
        $hex = bin2hex(random_bytes(16));

        return sprintf('%s-%s-%s-%s-%s', substr($hex, 0, 8), substr($hex, 8, 4), substr($hex, 12, 4), substr($hex, 16, 4), substr($hex, 20));
    }
}
