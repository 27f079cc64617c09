<?php

namespace Symfony\Component\HttpKernel\Exception;

class NotFoundHttpException extends \RuntimeException
{
}
