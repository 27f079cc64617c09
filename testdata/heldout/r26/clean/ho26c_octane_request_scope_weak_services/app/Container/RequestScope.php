<?php

namespace App\Container;

use App\Http\Request;
use Illuminate\Container\Container;

/**
 * Per-request child of the worker's container: scoped services live here
 * so that Octane never shares them between requests.
 */
final class RequestScope
{
    /** @var array<string, object> */
    private array $resolved = [];

    public function __construct(private Container $root, public readonly Request $request)
    {
    }

    public static function begin(Container $root, Request $request): self
    {
        $scope = new self($root, $request);
        foreach ($root->taggedIds('request.initializers') as $id) {
            $scope->get($id);
        }

        return $scope;
    }

    public function get(string $id): object
    {
        if (isset($this->resolved[$id])) {
            return $this->resolved[$id];
        }
        if (!$this->root->isScoped($id)) {
            return $this->root->make($id);
        }

        return $this->resolved[$id] = $this->build($id);
    }

    private function build(string $class): object
    {
        // Services get a weak handle: the scope owns them, not the other way round.
        $service = new $class(\WeakReference::create($this));
        if ($service instanceof RequestAware) {
            $service->initialize();
        }

        return $service;
    }
}
