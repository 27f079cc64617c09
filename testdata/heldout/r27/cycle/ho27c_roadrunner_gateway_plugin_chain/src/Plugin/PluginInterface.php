<?php

namespace Edge\Gateway\Plugin;

use Edge\Gateway\PluginChain;
use Nyholm\Psr7\Response;
use Nyholm\Psr7\ServerRequest;

interface PluginInterface
{
    public function setChain(PluginChain $chain): void;

    public function handle(ServerRequest $request): Response;
}
