<?php

namespace Symfony\Bundle\FrameworkBundle\Routing;

use Symfony\Component\DependencyInjection\ContainerInterface;
use Symfony\Component\HttpFoundation\Request;
use Symfony\Component\Routing\Loader\AttributeClassLoader;
use Symfony\Component\Routing\Matcher\RequestMatcherInterface;
use Symfony\Component\Routing\Matcher\UrlMatcher;
use Symfony\Component\Routing\RouteCollection;

/**
 * Stand-in for the router with the "attribute" loader over the controller services (tag "controller.service_arguments").
 */
class Router implements RequestMatcherInterface
{
    private ?RouteCollection $collection = null;
    private ?UrlMatcher $matcher = null;

    public function __construct(private ContainerInterface $container)
    {
    }

    public function getRouteCollection(): RouteCollection
    {
        if (null === $this->collection) {
            $this->collection = new RouteCollection();
            $loader = new AttributeClassLoader();
            foreach ($this->container->findTaggedServiceIds('controller.service_arguments') as $id => $tags) {
                $this->collection->addCollection($loader->load($this->container->getDefinition($id)->getClass() ?? $id));
            }
        }

        return $this->collection;
    }

    public function matchRequest(Request $request): array
    {
        $this->matcher ??= new UrlMatcher($this->getRouteCollection());

        return $this->matcher->matchRequest($request);
    }
}
