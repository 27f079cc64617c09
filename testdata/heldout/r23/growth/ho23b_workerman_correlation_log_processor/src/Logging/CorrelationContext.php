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

    public function begin(Request $request): string
    {
        $correlationId = $request->header(self::HEADER) ?? self::generate();

        Log::pushProcessor($this->processorFor($correlationId, $request)); // leak

        return $correlationId;
    }

    /** @return \Closure(array): array */
    private function processorFor(string $correlationId, Request $request): \Closure
    {
        $extra = [
            'correlation_id' => $correlationId,
            'http_method' => $request->method(),
            'http_path' => $request->path(),
            'client' => $request->header('User-Agent', 'unknown'),
        ];

        return static function (array $record) use ($extra): array {
            $record['extra'] = $extra + $record['extra'];

            return $record;
        };
    }

    private static function generate(): string
    {
        $hex = bin2hex(random_bytes(16));

        return sprintf('%s-%s-%s-%s-%s', substr($hex, 0, 8), substr($hex, 8, 4), substr($hex, 12, 4), substr($hex, 16, 4), substr($hex, 20));
    }
}
