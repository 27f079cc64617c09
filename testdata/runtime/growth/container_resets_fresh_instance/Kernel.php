<?php

final class Kernel
{
    private RequestCache $cache;

    public function __construct(private Container $container)
    {
        $this->cache = $container->make('cache');
    }

    public function handle(string $uri): string
    {
        $html = '<main>' . str_repeat("<p>{$uri}</p>", 30) . '</main>';
        $this->cache->put($uri, $html);
        return $html;
    }

    public function terminate(): void
    {
        $this->container->make('cache')->reset();
    }
}
