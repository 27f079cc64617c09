<?php
namespace App;

use App\DependencyInjection\Compiler\TracingPass;
use Symfony\Component\DependencyInjection\ContainerBuilder;
use Symfony\Component\HttpKernel\Kernel as BaseKernel;

class Kernel extends BaseKernel
{
    public function registerBundles(): iterable
    {
        return [];
    }

    protected function build(ContainerBuilder $container): void
    {
        $container->setParameter('tracing.enabled', true);
        $container->setParameter('tracing.service_name', 'reporting-api');
        $container->addCompilerPass(new TracingPass());
    }
}
