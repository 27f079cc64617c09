<?php
// An event dispatcher memoises resolved listener lists under get_class($event) . $event->id; the key reads like a class name, but the event id is new for every dispatched event.

abstract class DomainEvent
{
    public function __construct(public readonly string $id, public readonly array $payload) {}
}

final class UserRegistered extends DomainEvent {}
final class PasswordChanged extends DomainEvent {}

final class EventDispatcher
{
    /** @var array<class-string, list<string>> */
    private array $listeners = [];
    /** @var array<string, list<array{listener: string, priority: int, description: string}>> */
    private array $resolved = [];

    public function listen(string $eventClass, string $listener): void
    {
        $this->listeners[$eventClass][] = $listener;
    }

    public function dispatch(DomainEvent $event): int
    {
        $key = get_class($event) . $event->id;
        if (!isset($this->resolved[$key])) {
            $list = [];
            foreach ($this->listeners[get_class($event)] ?? [] as $p => $listener) {
                $list[] = ['listener' => $listener, 'priority' => 100 - $p, 'description' => "{$listener} handles " . get_class($event) . ' ' . str_repeat('(queued) ', 20)];
            }
            $this->resolved[$key] = $list; // leak
        }
        return count($this->resolved[$key]);
    }
}

$dispatcher = new EventDispatcher();
$dispatcher->listen(UserRegistered::class, 'SendWelcomeMail');
$dispatcher->listen(UserRegistered::class, 'CreateDefaultWorkspace');
$dispatcher->listen(PasswordChanged::class, 'RevokeSessions');

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $event = $i % 2 ? new UserRegistered(bin2hex(pack('N', $i)) . '-evt', ['user' => $i]) : new PasswordChanged("pwd-{$i}", ['user' => $i]);
    $dispatcher->dispatch($event);
}
