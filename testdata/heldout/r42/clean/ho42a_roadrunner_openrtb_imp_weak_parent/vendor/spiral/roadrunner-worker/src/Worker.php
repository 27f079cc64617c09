<?php

declare(strict_types=1);

namespace Spiral\RoadRunner;

/**
 * Stand-in for the RoadRunner PHP worker: the relay feeds bid requests
 * from the exchange adapters, one payload per call.
 */
final class Worker
{
    private int $served = 0;

    private function __construct(private readonly int $maxJobs)
    {
    }

    public static function create(): self
    {
        return new self((int) (getenv('PHPLEAK_N') ?: 100));
    }

    public function waitPayload(): ?Payload
    {
        if ($this->served >= $this->maxJobs) {
            return null;
        }
        $n = $this->served++;
        $body = json_encode([
            'id' => sprintf('%08x-%04x-4%03x-a%03x-%012x', $n * 2654435761 % 0xffffffff, $n % 0xffff, $n % 0xfff, ($n * 7) % 0xfff, $n * 104729),
            'at' => 1,
            'tmax' => 120,
            'cur' => ['USD'],
            'imp' => [
                [
                    'id' => '1',
                    'tagid' => 'homepage-top-' . ($n % 5),
                    'bidfloor' => 0.35 + ($n % 10) / 100,
                    'banner' => ['w' => 728, 'h' => 90, 'pos' => 1],
                ],
                [
                    'id' => '2',
                    'tagid' => 'article-mrec-' . ($n % 3),
                    'bidfloor' => 0.80,
                    'banner' => ['w' => 300, 'h' => 250, 'pos' => 3],
                ],
            ],
            'site' => ['id' => 'site-' . ($n % 40), 'domain' => 'news' . ($n % 40) . '.example', 'page' => 'https://news' . ($n % 40) . '.example/story/' . $n],
            'device' => ['ua' => 'Mozilla/5.0 (Linux; Android 14; Pixel ' . ($n % 9) . ')', 'ip' => '192.0.2.' . ($n % 250)],
        ]);

        return new Payload($body, '{"exchange":"openx"}');
    }

    public function respond(Payload $payload): void
    {
    }
}
