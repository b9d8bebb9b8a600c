//! A QR code as inline SVG (the `qrcode` crate computes the modules; this
//! draws them as one path, a few kilobytes), for the authenticator's
//! setup: the phone scans the `otpauth://` URL instead of typing the key.
//! The SVG is an image to assistive technology (`role="img"` with a label
//! and a `<title>`); the key is always printed beside it.

use qrcode::{Color, EcLevel, QrCode};

/// Modules of blank margin around the code (the "quiet zone" readers need).
const QUIET: usize = 4;

/// The SVG of a QR code of `text`, labelled `label`; `None` if the text is
/// too long for a QR code.
pub fn svg(text: &str, label: &str) -> Option<String> {
    let code = QrCode::with_error_correction_level(text.as_bytes(), EcLevel::M).ok()?;
    let width = code.width();
    let colors = code.to_colors();
    let size = width + 2 * QUIET;
    let mut path = String::new();
    for (y, row) in colors.chunks(width).enumerate() {
        let mut x = 0;
        while x < width {
            if row[x] == Color::Dark {
                let run = row[x..].iter().take_while(|c| **c == Color::Dark).count();
                path.push_str(&format!("M{} {}h{run}v1h-{run}z", x + QUIET, y + QUIET));
                x += run;
            } else {
                x += 1;
            }
        }
    }
    let label = escape(label);
    Some(format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"qr\" role=\"img\" aria-label=\"{label}\" \
         viewBox=\"0 0 {size} {size}\" width=\"200\" height=\"200\" shape-rendering=\"crispEdges\">\
         <title>{label}</title><rect width=\"{size}\" height=\"{size}\" fill=\"#fff\"/>\
         <path fill=\"#000\" d=\"{path}\"/></svg>"
    ))
}

/// Escapes text for an XML attribute or element.
fn escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_code_is_a_labelled_svg_of_a_few_kilobytes() {
        let url = "otpauth://totp/Concord:amina?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP&issuer=Concord";
        let svg = svg(url, "QR code <of> the key").unwrap();
        assert!(svg.starts_with("<svg ") && svg.ends_with("</svg>"));
        assert!(svg.contains("role=\"img\" aria-label=\"QR code &lt;of&gt; the key\""));
        assert!(svg.contains("<title>QR code &lt;of&gt; the key</title>"));
        assert!(svg.len() < 8_000, "{} bytes", svg.len());
        // The same text gives the same picture.
        assert_eq!(Some(svg), super::svg(url, "QR code <of> the key"));
        assert_eq!(super::svg(&"x".repeat(5000), "too long"), None);
    }
}
