<?php
// The event dispatcher records each dispatch in $GLOBALS under event_key(), which returns spl_object_hash() of the event; the record keeps the event alive, so the hash is never reused and every request adds one.

abstract class DomainEvent
{
    public function __construct(public readonly string $aggregateId, public readonly array $payload) {}
}

final class UserRegistered extends DomainEvent {}
final class UserLoggedIn extends DomainEvent {}
final class PasswordChanged extends DomainEvent {}

function event_key(object $event): string
{
    return spl_object_hash($event);
}

function record_dispatch(object $event, array $listeners): void
{
    $key = event_key($event);
    $GLOBALS['dispatch_trace'][$key] = ['event' => $event, 'listeners' => count($listeners), 'at' => microtime(true)]; // leak
}

/** @param array<class-string, list<callable>> $listeners */
function dispatch(object $event, array $listeners): object
{
    $forEvent = $listeners[$event::class] ?? [];
    record_dispatch($event, $forEvent);
    foreach ($forEvent as $listener) {
        $listener($event);
    }
    return $event;
}

$GLOBALS['dispatch_trace'] = [];
$listeners = [
    UserRegistered::class => [static function (UserRegistered $e): void {}],
    UserLoggedIn::class => [static function (UserLoggedIn $e): void {}, static function (UserLoggedIn $e): void {}],
];
$events = [UserRegistered::class, UserLoggedIn::class, PasswordChanged::class];
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $class = $events[$i % 3];
    dispatch(new $class("user-{$i}", ['email' => "user{$i}@example.com", 'agent' => str_repeat('Mozilla/5.0 ', 40)]), $listeners);
}
