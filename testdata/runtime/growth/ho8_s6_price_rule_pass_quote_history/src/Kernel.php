<?php
namespace App;

use App\DependencyInjection\Compiler\PriceRulePass;
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
        (require \dirname(__DIR__) . '/config/services.php')($container);
        $container->addCompilerPass(new PriceRulePass());
    }
}
