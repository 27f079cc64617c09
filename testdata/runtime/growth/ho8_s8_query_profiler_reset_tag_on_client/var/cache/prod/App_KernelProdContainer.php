<?php
// Container compiled from config/services.yaml.

use Symfony\Component\DependencyInjection\Argument\RewindableGenerator;
use Symfony\Component\DependencyInjection\Container;
use Symfony\Component\HttpKernel\DependencyInjection\ServicesResetter;

class App_KernelProdContainer extends Container
{
    public function __construct()
    {
        $this->methodMap = ['App\Controller\SearchController' => 'getSearchControllerService', 'services_resetter' => 'getServicesResetterService'];
    }

    protected function getSearchControllerService(): \App\Controller\SearchController
    {
        $client = $this->services['App\Search\SearchClient'] ??= new \App\Search\SearchClient('http://localhost:9200', $this->services['App\Search\QueryProfiler'] ??= new \App\Search\QueryProfiler());
        return $this->services['App\Controller\SearchController'] = new \App\Controller\SearchController($client);
    }

    protected function getServicesResetterService(): ServicesResetter
    {
        return $this->services['services_resetter'] = new ServicesResetter(new RewindableGenerator(function () {
            if (isset($this->services['App\Search\SearchClient'])) {
                yield 'App\Search\SearchClient' => $this->services['App\Search\SearchClient'];
            }
        }, 1), ['App\Search\SearchClient' => 'reset']);
    }
}
