//! The graphics back end of the window, chosen at run time.
//!
//! eframe draws with `wgpu`, which picks among the back ends it finds: on Windows, DirectX 12 or
//! Vulkan. Under Wine (a Linux machine running the Windows build, and `tests/windows.rs`)
//! DirectX 12 goes through Wine's translation to Vulkan and wgpu stops before the first frame:
//! « Parent device is lost ». There the window asks for Vulkan first (Wine hands it to the
//! host's driver: lavapipe on the test machines), then OpenGL, and never DirectX 12. On Windows
//! itself, and on Linux, nothing changes: wgpu's own choice. `WGPU_BACKEND` (`vulkan`, `dx12`,
//! `gl`…), when set, always wins: it is eframe's documented switch, kept for support.

use std::sync::Arc;

use eframe::egui_wgpu::{WgpuConfiguration, WgpuSetup, wgpu};

/// The `wgpu` options of the window (`NativeOptions::wgpu_options`): eframe's defaults, with
/// Vulkan first, then OpenGL, under Wine when `WGPU_BACKEND` is not set.
pub fn wgpu_options() -> WgpuConfiguration {
    let mut options = WgpuConfiguration::default();
    if std::env::var_os("WGPU_BACKEND").is_none()
        && wine_probe::running_under_wine()
        && let WgpuSetup::CreateNew(setup) = &mut options.wgpu_setup
    {
        setup.instance_descriptor.backends = wgpu::Backends::VULKAN | wgpu::Backends::GL;
        setup.native_adapter_selector = Some(Arc::new(vulkan_first));
    }
    options
}

/// A Vulkan adapter that can draw on the window, else an OpenGL one; the best device of the
/// kind (a real GPU before a software one).
fn vulkan_first(
    adapters: &[wgpu::Adapter],
    surface: Option<&wgpu::Surface<'_>>,
) -> Result<wgpu::Adapter, String> {
    let best = |backend: wgpu::Backend| {
        adapters
            .iter()
            .filter(|a| a.get_info().backend == backend)
            .filter(|a| surface.is_none_or(|s| a.is_surface_supported(s)))
            .max_by_key(|a| match a.get_info().device_type {
                wgpu::DeviceType::DiscreteGpu => 4,
                wgpu::DeviceType::IntegratedGpu => 3,
                wgpu::DeviceType::VirtualGpu => 2,
                wgpu::DeviceType::Cpu => 1,
                wgpu::DeviceType::Other => 0,
            })
    };
    best(wgpu::Backend::Vulkan)
        .or_else(|| best(wgpu::Backend::Gl))
        .cloned()
        .ok_or_else(|| "ni Vulkan ni OpenGL ne peuvent dessiner la fenêtre sous Wine".to_owned())
}
