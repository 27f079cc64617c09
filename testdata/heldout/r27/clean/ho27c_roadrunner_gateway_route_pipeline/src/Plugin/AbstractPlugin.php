<?php

namespace Edge\Gateway\Plugin;

use Edge\Gateway\PluginChain;
use Nyholm\Psr7\Response;
use Nyholm\Psr7\ServerRequest;

abstract class AbstractPlugin implements PluginInterface
{
    /** @var \WeakReference<PluginChain>|null */
    private ?\WeakReference $chain = null;

    /** @param array<string, mixed> $options */
    public function __construct(protected array $options = [])
    {
    }

    public function setChain(PluginChain $chain): void
    {
        $this->chain = \WeakReference::create($chain);
    }

    protected function proceed(ServerRequest $request): Response
    {
        $chain = $this->chain?->get();
        if ($chain === null) {
            throw new \LogicException(static::class . ' is not attached to a chain');
        }

        return $chain->next($request);
    }
}
