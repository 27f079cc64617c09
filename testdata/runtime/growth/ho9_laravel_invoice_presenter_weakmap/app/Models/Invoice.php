<?php
namespace App\Models;

use Illuminate\Database\Eloquent\Model;

final class Invoice extends Model {}
