<?php
// A kernel loop dispatches request/terminate events to Symfony-style subscribers; one of them records a summary of each finished request for the debug toolbar.

interface EventSubscriberInterface
{
    public static function getSubscribedEvents(): array;
}

final class TerminateEvent
{
    public function __construct(public array $request, public int $status, public float $duration) {}
}

final class RequestEvent
{
    public function __construct(public array $request) {}
}

final class EventDispatcher
{
    private array $listeners = [];

    public function addSubscriber(EventSubscriberInterface $subscriber): void
    {
        foreach ($subscriber::getSubscribedEvents() as $event => $method) {
            $this->listeners[$event][] = [$subscriber, $method];
        }
    }

    public function dispatch(object $event, string $name): void
    {
        foreach ($this->listeners[$name] ?? [] as $listener) {
            $listener($event);
        }
    }
}

final class LocaleSubscriber implements EventSubscriberInterface
{
    public static function getSubscribedEvents(): array { return ['kernel.request' => 'onRequest']; }

    public function onRequest(RequestEvent $event): void
    {
        $event->request['locale'] = substr($event->request['headers']['accept-language'] ?? 'en', 0, 2);
    }
}

final class RequestHistorySubscriber implements EventSubscriberInterface
{
    private array $history = [];

    public static function getSubscribedEvents(): array { return ['kernel.terminate' => 'onTerminate']; }

    public function onTerminate(TerminateEvent $event): void
    {
        $this->history[] = $this->summarize($event); // leak
    }

    private function summarize(TerminateEvent $event): array
    {
        return [
            'token' => substr(sha1($event->request['uri'] . $event->duration), 0, 12),
            'uri' => $event->request['uri'],
            'status' => $event->status,
            'ms' => round($event->duration * 1000, 2),
            'headers' => $event->request['headers'],
        ];
    }

    public function latest(int $count): array { return array_slice($this->history, -$count); }
}

final class HttpKernel
{
    public function __construct(private EventDispatcher $dispatcher) {}

    public function handle(array $request): int
    {
        $start = microtime(true);
        $this->dispatcher->dispatch(new RequestEvent($request), 'kernel.request');
        $status = str_starts_with($request['uri'], '/admin') ? 403 : 200;
        $this->dispatcher->dispatch(new TerminateEvent($request, $status, microtime(true) - $start), 'kernel.terminate');
        return $status;
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$dispatcher = new EventDispatcher();
$dispatcher->addSubscriber(new LocaleSubscriber());
$dispatcher->addSubscriber(new RequestHistorySubscriber());
$kernel = new HttpKernel($dispatcher);

for ($i = 0; $i < $n; $i++) {
    $kernel->handle([
        'uri' => "/blog/2024/post-{$i}?ref=home",
        'headers' => ['accept-language' => 'de-DE,de;q=0.9', 'cookie' => 'PHPSESSID=' . md5((string) $i) . '; theme=dark', 'user-agent' => 'curl/8.5.0'],
    ]);
}
