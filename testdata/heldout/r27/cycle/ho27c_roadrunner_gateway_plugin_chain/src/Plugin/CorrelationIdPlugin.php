<?php

namespace Edge\Gateway\Plugin;

use Nyholm\Psr7\Response;
use Nyholm\Psr7\ServerRequest;

final class CorrelationIdPlugin extends AbstractPlugin
{
    public function handle(ServerRequest $request): Response
    {
        $header = $this->options['header'] ?? 'x-correlation-id';
        $id = $request->getHeaderLine($header) ?: bin2hex(random_bytes(12));

        return $this->proceed($request->withHeader($header, $id)->withAttribute('correlation_id', $id))
            ->withHeader($header, $id);
    }
}
