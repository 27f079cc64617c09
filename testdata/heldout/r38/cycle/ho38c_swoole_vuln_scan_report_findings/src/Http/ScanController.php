<?php

declare(strict_types=1);

namespace Acme\Scanner\Http;

use Acme\Scanner\Scan\LockfileScanner;
use Swoole\Http\Request;
use Swoole\Http\Response;

final class ScanController
{
    private int $scans = 0;

    public function __construct(private readonly LockfileScanner $scanner)
    {
    }

    public function __invoke(Request $request, Response $response): void
    {
        $payload = json_decode($request->getContent(), true, 32, JSON_THROW_ON_ERROR);
        $report = $this->scanner->scan($payload['project'], $payload['commit'], $payload['lock']);
        ++$this->scans;

        $failOn = $request->get['fail_on'] ?? 'high';
        $blocking = array_filter($report->findings(), static fn ($f): bool => $f->severity === 'critical' || ($failOn === 'high' && $f->severity === 'high'));

        $response->status($blocking === [] ? 200 : 422);
        $response->header('Content-Type', 'application/sarif+json');
        $response->end(json_encode($report->toSarif(), JSON_UNESCAPED_SLASHES));
    }
}
