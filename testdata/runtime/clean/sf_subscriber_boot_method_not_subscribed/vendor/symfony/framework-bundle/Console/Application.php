<?php

namespace Symfony\Bundle\FrameworkBundle\Console;

use Symfony\Component\Console\Application as BaseApplication;
use Symfony\Component\Console\Input\InputInterface;
use Symfony\Component\Console\Output\OutputInterface;
use Symfony\Component\HttpKernel\KernelInterface;

class Application extends BaseApplication
{
    private bool $commandsRegistered = false;

    public function __construct(private KernelInterface $kernel)
    {
        parent::__construct('Symfony', '6.4');
    }

    public function doRun(InputInterface $input, OutputInterface $output): int
    {
        $this->kernel->boot();
        if (!$this->commandsRegistered) {
            $container = $this->kernel->getContainer();
            foreach ($container->findTaggedServiceIds('console.command') as $id => $tags) {
                $this->add($container->get($id));
            }
            $this->commandsRegistered = true;
        }

        return parent::doRun($input, $output);
    }
}
