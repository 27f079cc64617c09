<?php
// Middleware that registers an audit listener describing the current request before passing it on.

final class AuditMiddleware
{
    public function __construct(private EventBus $bus) {}

    public function process(array $request, callable $next): array
    {
        $this->bus->addListeners($this->listenersFor($request));
        return $next($request);
    }

    /** @return array<int|string, Closure> */
    private function listenersFor(array $request): array
    {
        $context = [
            'method' => $request['method'],
            'path' => $request['path'],
            'agent' => $request['headers']['User-Agent'],
            'cookies' => $request['headers']['Cookie'],
        ];
        return [
            self::class => static function (string $event, array $payload) use ($context): ?string {
                return $event === 'order.placed' ? $context['method'] . ' ' . $context['path'] : null;
            },
        ];
    }
}
