<?php

namespace App;

use App\DependencyInjection\MessageHandlerPass;
use Symfony\Component\DependencyInjection\ContainerBuilder;
use Symfony\Component\EventDispatcher\EventDispatcher;
use Symfony\Component\HttpKernel\DependencyInjection\ResettableServicePass;
use Symfony\Component\Messenger\EventListener\ResetServicesListener;
use Symfony\Component\Messenger\Worker;
use Symfony\Contracts\Service\ResetInterface;

final class Kernel
{
    private ?ContainerBuilder $container = null;

    public function __construct(private string $projectDir)
    {
    }

    public function boot(): ContainerBuilder
    {
        if ($this->container !== null) {
            return $this->container;
        }
        $container = new ContainerBuilder();
        $container->setParameter('kernel.project_dir', $this->projectDir);
        (require $this->projectDir.'/config/packages/messenger.php')($container);
        (require $this->projectDir.'/config/services.php')($container);

        // autoconfigure: ResetInterface implementations get the kernel.reset tag
        foreach ($container->getDefinitions() as $definition) {
            if (is_subclass_of($definition->class, ResetInterface::class) && !isset($definition->getTags()['kernel.reset'])) {
                $definition->addTag('kernel.reset', ['method' => 'reset']);
            }
        }
        $container->addCompilerPass(new MessageHandlerPass());
        $container->addCompilerPass(new ResettableServicePass());
        $container->compile();

        $dispatcher = $container->get(EventDispatcher::class);
        $dispatcher->addSubscriber($container->get(ResetServicesListener::class));

        return $this->container = $container;
    }

    public function getWorker(): Worker
    {
        return $this->boot()->get(Worker::class);
    }
}
