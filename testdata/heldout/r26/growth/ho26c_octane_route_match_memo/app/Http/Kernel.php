<?php

namespace App\Http;

use App\Routing\CachingUrlMatcher;
use Routing\NotFound;
use Routing\Request;

final class Kernel
{
    /** @param array<string, callable> $controllers */
    public function __construct(
        private CachingUrlMatcher $matcher,
        private array $controllers,
    ) {
    }

    public function handle(Request $request): array
    {
        try {
            $match = $this->matcher->matchRequest($request);
        } catch (NotFound $e) {
            return ['status' => 404, 'body' => $e->getMessage()];
        }

        $request->attributes = $match->parameters + ['_route' => $match->routeName];
        $controller = $this->controllers[$match->controller];

        return ['status' => 200, 'body' => json_encode($controller($request))];
    }
}
