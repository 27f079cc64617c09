<?php

namespace App\EventListener;

use Symfony\Component\EventDispatcher\Attribute\AsEventListener;
use Symfony\Component\HttpKernel\Event\RequestEvent;
use Symfony\Component\HttpKernel\KernelEvents;

/**
 * Negotiates the API version and remembers which version each API client uses.
 */
final class ApiVersionListener
{
    /** @var array<string, array{version: string, agent: ?string, first_seen: float}> */
    private static array $clients = [];

    #[AsEventListener(event: KernelEvents::REQUEST, priority: 20)]
    public function negotiateVersion(RequestEvent $event): void
    {
        $request = $event->getRequest();
        $version = $request->headers->get('X-Api-Version', '2024-01-01');
        $request->attributes->set('_api_version', $version);

        $clientKey = (string) $request->headers->get('X-Api-Key', 'anonymous');
        self::$clients[$clientKey] ??= [ // leak
            'version' => $version,
            'agent' => $request->headers->get('User-Agent'),
            'first_seen' => microtime(true),
        ];
    }

    public static function clientVersions(): array
    {
        return array_column(self::$clients, 'version');
    }
}
