<?php

declare(strict_types=1);

namespace Amp\Http\Server;

use App\Http\Request;
use App\Http\Response;

/*
 * Stand-ins for amphp/http-server: a request handler interface and a server that feeds it.
 */

interface RequestHandler
{
    public function handleRequest(Request $request): Response;
}

final class SocketHttpServer
{
    /** @var list<string> */
    private array $addresses = [];

    public function expose(string $address): void
    {
        $this->addresses[] = $address;
    }

    public function start(RequestHandler $handler): void
    {
        $slugs = ['espresso-machine-pro', 'burr-grinder-64', 'milk-jug-600'];
        $locales = ['de', 'en', 'fr', 'nl'];
        $requests = (int) (getenv('PHPLEAK_N') ?: 100);

        for ($i = 0; $i < $requests; $i++) {
            $request = new Request(
                'GET',
                sprintf('/%s/products/%s', $locales[$i % 4], $slugs[$i % 3]),
                [
                    'host' => 'shop.example.test',
                    'accept' => 'application/json',
                    'accept-language' => 'de-DE,de;q=0.9,en-US;q=0.8,en;q=0.7',
                    'user-agent' => 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0 Safari/537.36',
                    'cookie' => 'session=' . hash('sha256', 'visitor' . $i) . '; cart=' . hash('sha256', 'cart' . $i),
                    'x-request-id' => hash('sha256', (string) $i),
                ],
            );
            $handler->handleRequest($request);
        }
    }
}
