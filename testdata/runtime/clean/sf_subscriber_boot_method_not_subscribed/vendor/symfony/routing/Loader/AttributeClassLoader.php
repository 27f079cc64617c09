<?php

namespace Symfony\Component\Routing\Loader;

use Symfony\Component\Routing\Attribute\Route as RouteAttribute;
use Symfony\Component\Routing\Route;
use Symfony\Component\Routing\RouteCollection;

/**
 * Loads the #[Route] attributes of a controller class; "_controller" is "Class::method", or "Class" for __invoke.
 */
class AttributeClassLoader
{
    public function load(string $class): RouteCollection
    {
        $class = new \ReflectionClass($class);
        $collection = new RouteCollection();
        $classRoutes = array_map(fn (\ReflectionAttribute $a) => $a->newInstance(), $class->getAttributes(RouteAttribute::class, \ReflectionAttribute::IS_INSTANCEOF));
        $globals = ['path' => '', 'name' => '', 'requirements' => [], 'methods' => []];

        foreach ($class->getMethods(\ReflectionMethod::IS_PUBLIC) as $method) {
            foreach ($method->getAttributes(RouteAttribute::class, \ReflectionAttribute::IS_INSTANCEOF) as $attribute) {
                if (1 === \count($classRoutes)) {
                    $globals = $this->getGlobals($classRoutes[0]);
                }
                $this->addRoute($collection, $attribute->newInstance(), $globals, $class, $method);
            }
        }

        if (0 === \count($collection) && $class->hasMethod('__invoke')) {
            foreach ($classRoutes as $route) {
                $this->addRoute($collection, $route, $globals, $class, $class->getMethod('__invoke'));
            }
        }

        return $collection;
    }

    private function getGlobals(RouteAttribute $route): array
    {
        return ['path' => (string) $route->path, 'name' => (string) $route->name, 'requirements' => $route->requirements, 'methods' => (array) $route->methods];
    }

    private function addRoute(RouteCollection $collection, RouteAttribute $attribute, array $globals, \ReflectionClass $class, \ReflectionMethod $method): void
    {
        $name = $globals['name'].($attribute->name ?? strtolower(str_replace('\\', '_', $class->name).'_'.$method->name));
        $defaults = $attribute->defaults;
        $defaults['_controller'] = '__invoke' === $method->name ? $class->name : $class->name.'::'.$method->name;
        $collection->add($name, new \Symfony\Component\Routing\Route(
            $globals['path'].$attribute->path,
            $defaults,
            array_replace($globals['requirements'], $attribute->requirements),
            array_merge($globals['methods'], (array) $attribute->methods),
        ));
    }
}
