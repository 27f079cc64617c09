<?php
// Container compiled from config/services.yaml.

use Symfony\Component\DependencyInjection\Argument\RewindableGenerator;
use Symfony\Component\DependencyInjection\Container;
use Symfony\Component\HttpKernel\DependencyInjection\ServicesResetter;

class App_KernelProdContainer extends Container
{
    public function __construct()
    {
        $this->methodMap = ['App\Controller\ProductController' => 'getProductControllerService', 'services_resetter' => 'getServicesResetterService'];
    }

    protected function getProductControllerService(): \App\Controller\ProductController
    {
        $metrics = $this->services['App\Metrics\RequestMetrics'] ??= new \App\Metrics\RequestMetrics();
        return $this->services['App\Controller\ProductController'] = new \App\Controller\ProductController($metrics);
    }

    protected function getServicesResetterService(): ServicesResetter
    {
        return $this->services['services_resetter'] = new ServicesResetter(new RewindableGenerator(function () {
            if (isset($this->services['App\Metrics\RequestMetrics'])) {
                yield 'App\Metrics\RequestMetrics' => $this->services['App\Metrics\RequestMetrics'];
            }
        }, 1), ['App\Metrics\RequestMetrics' => 'reset']);
    }
}
