<?php

declare(strict_types=1);

namespace Lattice\Security;

use Lattice\DependencyInjection\ContainerInterface;
use Lattice\Http\Request;

final class SessionAuthenticator
{
    public const COOKIE = 'LATTICESESSID';

    public function __construct(private readonly ContainerInterface $locator) {}

    /** @return array{id: string, data: array<string, mixed>} */
    public function startSession(Request $request): array
    {
        $sessions = $this->locator->get('cache.sessions');
        $id = $request->cookies[self::COOKIE] ?? null;
        $data = $id !== null ? $sessions->get('sess_' . $id) : null;

        if ($data === null) {
            $id = hash('sha256', $request->clientIp() . '|' . $request->path . '|' . ($request->server['REQUEST_TIME_FLOAT'] ?? ''));
            $data = [
                '_csrf/checkout' => bin2hex(hash('sha256', $id . 'csrf', true)),
                '_security_main' => null,
                '_flashes' => [],
                'cart' => ['items' => [], 'currency' => 'EUR'],
                'visited' => [],
            ];
        }
        $data['visited'][] = $request->path;
        $sessions->set('sess_' . $id, $data, 1440);

        return ['id' => $id, 'data' => $data];
    }

    public function throttle(Request $request): bool
    {
        $limits = $this->locator->get('cache.rate_limits');
        $key = 'ip_' . str_replace('.', '_', $request->clientIp());
        $hits = (int) $limits->get($key, 0) + 1;
        $limits->set($key, $hits, 60);

        return $hits <= 600;
    }
}
