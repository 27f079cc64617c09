<?php

namespace Nwp\Api;

use Nwp\Api\Http\Middleware;
use Nwp\Api\Http\RunSummaryHandler;
use Nwp\Api\Model\ModelCatalog;
use Nwp\Api\Model\ModelRun;
use Nyholm\Psr7\Response;
use Psr\Http\Message\ResponseInterface;
use Psr\Http\Message\ServerRequestInterface;

final class Kernel
{
    private const ROUTE = '#^/models/(?<model>[a-z0-9]+)/runs/(?<cycle>\d{10})/summary$#';

    /** @param list<Middleware> $middleware */
    public function __construct(
        private readonly ModelCatalog $catalog,
        private readonly array $middleware,
        private readonly RunSummaryHandler $handler,
    ) {
    }

    public function handle(ServerRequestInterface $request): ResponseInterface
    {
        if (!preg_match(self::ROUTE, $request->getUri(), $m)) {
            return new Response(404, [], '{"error":"no route"}');
        }
        $model = $this->catalog->find($m['model']);
        if ($model === null) {
            return new Response(404, [], '{"error":"unknown model"}');
        }
        $param = (string) ($request->getQueryParams()['param'] ?? 't2m');
        if (!in_array($param, $model->parameters, true)) {
            return new Response(400, [], '{"error":"parameter not produced by this model"}');
        }

        $request = $request
            ->withAttribute(ModelRun::class, new ModelRun($model, $m['cycle']))
            ->withAttribute('param', $param);

        $next = fn (ServerRequestInterface $r): ResponseInterface => $this->handler->handle($r);
        foreach (array_reverse($this->middleware) as $mw) {
            $next = static fn (ServerRequestInterface $r): ResponseInterface => $mw->process($r, $next);
        }
        return $next($request);
    }
}
