<?php

namespace Edge\Gateway;

use Edge\Gateway\Plugin\PluginInterface;
use Nyholm\Psr7\Response;
use Nyholm\Psr7\ServerRequest;

/**
 * Ordered plugins of one route for one request; each plugin hands the
 * request on with PluginChain::next().
 */
final class PluginChain
{
    /** @var list<PluginInterface> */
    private array $plugins = [];
    private int $position = 0;
    /** @var list<string> */
    private array $executed = [];

    public function __construct(private string $route)
    {
    }

    public function add(PluginInterface $plugin): self
    {
        $this->plugins[] = $plugin;
        $plugin->setChain($this);

        return $this;
    }

    public function next(ServerRequest $request): Response
    {
        $plugin = $this->plugins[$this->position++] ?? null;
        if ($plugin === null) {
            return new Response(502, [], 'chain for ' . $this->route . ' ended without a response');
        }
        $this->executed[] = sprintf('%s path=%s', $plugin::class, $request->getUri());

        return $plugin->handle($request);
    }

    /** @return list<string> executed plugins with the target they saw */
    public function executed(): array
    {
        return $this->executed;
    }
}
