<?php

namespace Edge\Gateway\Plugin;

use Nyholm\Psr7\Response;
use Nyholm\Psr7\ServerRequest;

final class HeaderRewritePlugin extends AbstractPlugin
{
    public function handle(ServerRequest $request): Response
    {
        foreach ($this->options['strip'] ?? [] as $name) {
            $request = $request->withoutHeader($name);
        }
        foreach ($this->options['add'] ?? [] as $name => $value) {
            $request = $request->withHeader($name, $value);
        }

        return $this->proceed($request);
    }
}
