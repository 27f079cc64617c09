<?php
// Container compiled from config/services.yaml.

use Symfony\Component\DependencyInjection\Container;
use Symfony\Component\EventDispatcher\EventDispatcher;

class App_KernelProdContainer extends Container
{
    public function __construct()
    {
        $this->methodMap = ['App\Controller\DashboardController' => 'getDashboardControllerService', 'event_dispatcher' => 'getEventDispatcherService'];
    }

    protected function getServerTimingListenerService(): \App\EventListener\ServerTimingListener
    {
        return $this->services['App\EventListener\ServerTimingListener'] ??= new \App\EventListener\ServerTimingListener();
    }

    protected function getDashboardControllerService(): \App\Controller\DashboardController
    {
        return $this->services['App\Controller\DashboardController'] = new \App\Controller\DashboardController($this->getServerTimingListenerService());
    }

    protected function getEventDispatcherService(): EventDispatcher
    {
        $this->services['event_dispatcher'] = $instance = new EventDispatcher();
        $instance->addListener('kernel.response', [$this->getServerTimingListenerService(), 'onKernelResponse'], -100);
        $instance->addListener('kernel.terminate', [$this->getServerTimingListenerService(), 'onKernelTerminate']);
        return $instance;
    }
}
