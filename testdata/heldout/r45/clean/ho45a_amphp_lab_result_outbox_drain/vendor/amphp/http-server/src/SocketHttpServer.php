<?php

declare(strict_types=1);

namespace Amp\Http\Server;

use Psr\Log\LoggerInterface;

final class SocketHttpServer
{
    private array $addresses = [];

    private function __construct(private LoggerInterface $logger)
    {
    }

    public static function createForDirectAccess(LoggerInterface $logger, bool $enableCompression = true): self
    {
        return new self($logger);
    }

    public function expose(string $address): void
    {
        $this->addresses[] = $address;
    }

    /**
     * Accept loop: the lab information system posts one "result final" webhook per request.
     */
    public function start(RequestHandler $requestHandler, ErrorHandler $errorHandler): void
    {
        $n = (int) (getenv('PHPLEAK_N') ?: 100);
        $panels = ['CBC', 'CMP', 'LIPID', 'A1C', 'TSH', 'UA', 'COVID-PCR', 'STREP-A'];
        for ($i = 0; $i < $n; $i++) {
            $accession = sprintf('ACC%09d', 700000000 + $i);
            $body = json_encode([
                'accession' => $accession,
                'patient_id' => sprintf('pt_%07d', 200000 + ($i * 13) % 90000),
                'panel' => $panels[$i % count($panels)],
                'status' => 'final',
                'abnormal' => $i % 5 === 0,
                'ordering_clinician' => 'Dr. ' . ['Okafor', 'Lindqvist', 'Ramanathan', 'Costa'][$i % 4],
                'resulted_at' => sprintf('2024-03-%02dT%02d:%02d:00Z', 1 + $i % 28, $i % 24, $i % 60),
                'preferred_channel' => $i % 3 === 0 ? 'email' : 'sms',
                'contact' => $i % 3 === 0 ? sprintf('patient%d@example.org', $i) : sprintf('+1555%07d', $i),
            ]);
            $request = new Request('POST', '/hooks/lis/results/' . $accession, [
                'content-type' => 'application/json',
                'x-lis-signature' => hash_hmac('sha256', $body, 'lis-shared-secret'),
            ], $body);
            try {
                $requestHandler->handleRequest($request);
            } catch (\Throwable $e) {
                $this->logger->warning('Unhandled exception', ['exception' => $e]);
                $errorHandler->handleError(500, null, $request);
            }
        }
    }
}
