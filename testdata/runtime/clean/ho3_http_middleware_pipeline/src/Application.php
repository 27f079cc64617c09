<?php

declare(strict_types=1);

namespace Micro;

use Micro\Http\Request;
use Micro\Http\Response;
use Micro\Middleware\CorsMiddleware;
use Micro\Middleware\JsonBodyMiddleware;
use Micro\Middleware\RequestIdMiddleware;

final class Application
{
    /** @var array<string, mixed> */
    private array $config;

    /** @var array<string, string> */
    private array $notes = [];

    public function __construct(array $config)
    {
        $this->config = $config + ['allowed_origins' => []];
    }

    public function handle(Request $request): Response
    {
        $pipeline = new Pipeline($this->route(...));
        $pipeline
            ->pipe(new RequestIdMiddleware())
            ->pipe(new CorsMiddleware($this->config['allowed_origins']))
            ->pipe(new JsonBodyMiddleware());

        return $pipeline->run($request);
    }

    private function route(Request $request): Response
    {
        if ($request->method === 'POST' && $request->path === '/api/notes') {
            $body = (array) $request->getAttribute('parsed_body', []);
            $title = (string) ($body['title'] ?? 'untitled');
            return new Response(201, ['content-type' => 'application/json'], json_encode(['created' => $title]));
        }
        return new Response(404);
    }
}
