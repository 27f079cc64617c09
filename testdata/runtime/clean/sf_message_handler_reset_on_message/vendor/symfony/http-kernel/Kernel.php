<?php

namespace Symfony\Component\HttpKernel;

use Symfony\Component\DependencyInjection\ContainerBuilder;
use Symfony\Component\DependencyInjection\ContainerInterface;
use Symfony\Component\HttpFoundation\Request;
use Symfony\Component\HttpFoundation\Response;
use Symfony\Component\HttpKernel\Bundle\BundleInterface;

/**
 * Stand-in: the container is built in memory on the first boot instead of being loaded from the cache.
 */
abstract class Kernel implements KernelInterface, TerminableInterface
{
    /** @var array<string, BundleInterface> */
    protected array $bundles = [];
    protected ?ContainerInterface $container = null;
    protected bool $booted = false;
    private int $requestStackSize = 0;
    private bool $resetServices = false;

    public function __construct(protected string $environment, protected bool $debug)
    {
    }

    public function boot()
    {
        if (true === $this->booted) {
            if (!$this->requestStackSize && $this->resetServices) {
                if ($this->container->has('services_resetter')) {
                    $this->container->get('services_resetter')->reset();
                }
                $this->resetServices = false;
            }

            return;
        }

        $this->initializeBundles();
        $this->initializeContainer();
        foreach ($this->getBundles() as $bundle) {
            $bundle->setContainer($this->container);
            $bundle->boot();
        }
        $this->booted = true;
    }

    public function shutdown()
    {
        if (false === $this->booted) {
            return;
        }
        $this->booted = false;
        foreach ($this->getBundles() as $bundle) {
            $bundle->shutdown();
            $bundle->setContainer(null);
        }
        $this->container = null;
        $this->requestStackSize = 0;
        $this->resetServices = false;
    }

    public function handle(Request $request, int $type = HttpKernelInterface::MAIN_REQUEST, bool $catch = true): Response
    {
        $this->boot();
        ++$this->requestStackSize;
        $this->resetServices = true;

        try {
            return $this->container->get('http_kernel')->handle($request, $type, $catch);
        } finally {
            --$this->requestStackSize;
        }
    }

    public function terminate(Request $request, Response $response)
    {
        if (false === $this->booted) {
            return;
        }
        $httpKernel = $this->container->get('http_kernel');
        if ($httpKernel instanceof TerminableInterface) {
            $httpKernel->terminate($request, $response);
        }
    }

    public function getBundles(): array
    {
        return $this->bundles;
    }

    public function getContainer(): ContainerInterface
    {
        if (!$this->container) {
            throw new \LogicException('Cannot retrieve the container from a non-booted kernel.');
        }

        return $this->container;
    }

    public function getEnvironment(): string
    {
        return $this->environment;
    }

    public function isDebug(): bool
    {
        return $this->debug;
    }

    public function getCacheDir(): string
    {
        return sys_get_temp_dir().'/var/cache/'.$this->environment;
    }

    /**
     * The kernel is also a bundle: it can add compiler passes.
     */
    protected function build(ContainerBuilder $container): void
    {
    }

    /**
     * Registers the application's services, the stand-in for config/services.yaml.
     */
    protected function configureContainer(ContainerBuilder $container): void
    {
    }

    protected function initializeBundles(): void
    {
        $this->bundles = [];
        foreach ($this->registerBundles() as $bundle) {
            $this->bundles[$bundle->getName()] = $bundle;
        }
    }

    protected function initializeContainer(): void
    {
        $container = new ContainerBuilder();
        $container->setParameter('kernel.environment', $this->environment);
        $container->setParameter('kernel.debug', $this->debug);
        $container->setParameter('kernel.cache_dir', $this->getCacheDir());
        $container->set('kernel', $this);
        $container->setAlias(KernelInterface::class, 'kernel');

        foreach ($this->bundles as $bundle) {
            if ($extension = $bundle->getContainerExtension()) {
                $container->registerExtension($extension);
            }
        }
        foreach ($this->bundles as $bundle) {
            $bundle->build($container);
        }
        $this->build($container);
        $this->configureContainer($container);
        $container->compile();
        $this->container = $container;

        if ($container->has('cache_warmer')) {
            $container->get('cache_warmer')->warmUp($this->getCacheDir());
        }
    }
}
