<?php
// Each incoming request gets its own lifecycle object that owns an event dispatcher and subscribes a method to flush an audit trail when the request terminates.

declare(strict_types=1);

namespace App\Kernel;

final class TerminateEvent
{
    public function __construct(
        public readonly string $requestId,
        public readonly int $statusCode,
    ) {
    }
}

/**
 * Minimal synchronous event dispatcher, modelled on the usual framework contract.
 */
final class EventDispatcher
{
    /** @var array<string, list<callable>> */
    private array $listeners = [];

    public function addListener(string $eventName, callable $listener): void
    {
        $this->listeners[$eventName][] = $listener; // leak
    }

    public function removeListener(string $eventName, callable $listener): void
    {
        foreach ($this->listeners[$eventName] ?? [] as $i => $registered) {
            if ($registered === $listener) {
                unset($this->listeners[$eventName][$i]);
            }
        }
    }

    public function hasListeners(string $eventName): bool
    {
        return !empty($this->listeners[$eventName]);
    }

    public function dispatch(object $event, string $eventName): object
    {
        foreach ($this->listeners[$eventName] ?? [] as $listener) {
            $listener($event);
        }
        return $event;
    }
}

final class AuditSink
{
    private int $written = 0;

    public function write(string $requestId, array $entries): void
    {
        $this->written += count($entries);
    }

    public function written(): int
    {
        return $this->written;
    }
}

final class RequestLifecycle
{
    private EventDispatcher $events;

    /** @var list<string> */
    private array $auditTrail = [];

    public function __construct(
        private readonly string $requestId,
        private readonly AuditSink $sink,
    ) {
        $this->events = new EventDispatcher();
        $this->events->addListener('kernel.terminate', $this->flushAuditTrail(...)); // leak
    }

    public function record(string $action, array $context = []): void
    {
        $this->auditTrail[] = sprintf('[%s] %s %s', $this->requestId, $action, json_encode($context));
    }

    public function terminate(int $statusCode): void
    {
        $this->events->dispatch(new TerminateEvent($this->requestId, $statusCode), 'kernel.terminate');
    }

    private function flushAuditTrail(TerminateEvent $event): void
    {
        if ($this->auditTrail === []) {
            return;
        }
        $this->sink->write($event->requestId, $this->auditTrail);
    }
}

final class ProfileController
{
    public function update(RequestLifecycle $lifecycle, int $userId, array $input): int
    {
        $lifecycle->record('profile.update', ['user' => $userId, 'fields' => array_keys($input)]);
        $lifecycle->record('profile.bio', ['length' => strlen($input['bio'] ?? '')]);
        return 204;
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$sink = new AuditSink();
$controller = new ProfileController();

for ($i = 0; $i < $n; $i++) {
    $lifecycle = new RequestLifecycle(bin2hex(pack('N', $i)) . '-req', $sink);
    $status = $controller->update($lifecycle, $i, [
        'display_name' => "user{$i}",
        'bio' => str_repeat('I like long walks and short stack traces. ', 6),
        'timezone' => 'Europe/Berlin',
    ]);
    $lifecycle->terminate($status);
}
