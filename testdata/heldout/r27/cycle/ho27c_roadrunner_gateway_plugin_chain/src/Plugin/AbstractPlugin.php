<?php

namespace Edge\Gateway\Plugin;

use Edge\Gateway\PluginChain;
use Nyholm\Psr7\Response;
use Nyholm\Psr7\ServerRequest;

abstract class AbstractPlugin implements PluginInterface
{
    private ?PluginChain $chain = null;

    /** @param array<string, mixed> $options */
    public function __construct(protected array $options = [])
    {
    }

    public function setChain(PluginChain $chain): void
    {
        $this->chain = $chain; // leak
    }

    protected function proceed(ServerRequest $request): Response
    {
        if ($this->chain === null) {
            throw new \LogicException(static::class . ' is not attached to a chain');
        }

        return $this->chain->next($request);
    }
}
