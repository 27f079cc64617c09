<?php
// An async server runs each request in its own fiber. The translator
// keeps the locale of each fiber in a static SplObjectStorage reached
// through an accessor: the storage holds every finished fiber and the
// locale settings stored for it.

final class LocaleSettings
{
    public function __construct(public readonly string $locale, public readonly array $fallbacks) {}
}

final class FiberLocale
{
    private static ?SplObjectStorage $byFiber = null;

    public static function use(LocaleSettings $settings): void
    {
        $fiber = Fiber::getCurrent() ?? throw new LogicException('not in a fiber');
        self::map()[$fiber] = $settings; // leak
    }

    public static function current(): ?LocaleSettings
    {
        $fiber = Fiber::getCurrent();

        return $fiber !== null && isset(self::map()[$fiber]) ? self::map()[$fiber] : null;
    }

    private static function map(): SplObjectStorage
    {
        return self::$byFiber ??= new SplObjectStorage();
    }
}

final class AsyncServer
{
    public function __construct(private readonly Closure $handler) {}

    public function serve(array $request): void
    {
        $fiber = new Fiber($this->handler);
        $fiber->start($request);
    }
}

$server = new AsyncServer(static function (array $request): void {
    FiberLocale::use(new LocaleSettings($request['lang'], array_fill(0, 12, $request['lang'] . '-fallback-locale')));
    $greeting = FiberLocale::current()?->locale === 'de' ? 'Hallo' : 'Hello';
    unset($greeting);
});
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $server->serve(['lang' => ['en', 'de', 'fr'][$i % 3], 'path' => '/home']);
}
