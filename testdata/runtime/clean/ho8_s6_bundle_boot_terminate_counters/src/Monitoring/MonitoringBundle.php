<?php
namespace App\Monitoring;

use Symfony\Component\HttpKernel\Bundle\Bundle;
use Symfony\Component\HttpKernel\Event\TerminateEvent;
use Symfony\Component\HttpKernel\KernelEvents;

final class MonitoringBundle extends Bundle
{
    /** @var list<string> what boot() set up, printed by the health check */
    private static array $bootLog = [];
    private static int $requests = 0;
    private static int $errors = 0;
    private static int $bodyBytes = 0;
    private static string $lastRequestId = '';

    public function boot(): void
    {
        $this->container->get('event_dispatcher')->addListener(KernelEvents::TERMINATE, [$this, 'onTerminate'], -1024);
        self::$bootLog[] = sprintf('%s: kernel.terminate listener registered at %.3f', self::class, microtime(true));
        self::$bootLog[] = str_repeat('exporter=statsd://127.0.0.1:8125;', 8);
    }

    public function onTerminate(TerminateEvent $event): void
    {
        self::$requests++;
        self::$errors += $event->getResponse()->getStatusCode() >= 500 ? 1 : 0;
        self::$bodyBytes += \strlen($event->getResponse()->getContent());
        self::$lastRequestId = (string) $event->getRequest()->headers->get('x-request-id');
    }
}
