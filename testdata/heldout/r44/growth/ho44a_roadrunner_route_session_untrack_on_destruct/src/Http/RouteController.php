<?php

declare(strict_types=1);

namespace Citymap\Http;

use Citymap\Routing\RouteCancelled;
use Citymap\Routing\RouteQuery;
use Citymap\Routing\RoutingEngine;
use Nyholm\Psr7\Response;
use Psr\Http\Message\ResponseInterface;
use Psr\Http\Message\ServerRequestInterface;

final class RouteController
{
    public function __construct(private readonly RoutingEngine $engine)
    {
    }

    public function __invoke(ServerRequestInterface $request): ResponseInterface
    {
        $params = $request->getQueryParams();
        $from = array_map('floatval', explode(',', (string) ($params['from'] ?? '')));
        $to = array_map('floatval', explode(',', (string) ($params['to'] ?? '')));
        if (count($from) !== 2 || count($to) !== 2) {
            return $this->json(400, ['error' => 'from and to must be "lat,lon"']);
        }
        $profile = (string) ($params['profile'] ?? 'car');
        if (!isset(RouteQuery::PROFILES[$profile])) {
            return $this->json(400, ['error' => 'unknown profile']);
        }

        $query = new RouteQuery($from[0], $from[1], $to[0], $to[1], $profile, $request->getHeaderLine('X-Request-Id'));
        $session = $this->engine->open($query);
        try {
            $plan = $session->solve();
        } catch (RouteCancelled) {
            return $this->json(503, ['error' => 'graph reloaded, retry']);
        }

        return $this->json(200, ['routes' => [$plan->toArray()], 'request_id' => $query->requestId]);
    }

    private function json(int $status, array $payload): ResponseInterface
    {
        return new Response($status, ['Content-Type' => ['application/json']], json_encode($payload, JSON_THROW_ON_ERROR));
    }
}
